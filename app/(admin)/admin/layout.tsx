import { areaLayout } from "@/app/_lib/area-layout";

const area = areaLayout("admin");
export const generateMetadata = area.generateMetadata;
export default area.Layout;
