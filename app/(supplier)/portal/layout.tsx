import { areaLayout } from "@/app/_lib/area-layout";

const area = areaLayout("supplier");
export const generateMetadata = area.generateMetadata;
export default area.Layout;
