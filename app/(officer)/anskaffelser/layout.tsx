import { areaLayout } from "@/app/_lib/area-layout";

const area = areaLayout("officer");
export const generateMetadata = area.generateMetadata;
export default area.Layout;
