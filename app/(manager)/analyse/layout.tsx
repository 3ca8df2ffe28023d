import { areaLayout } from "@/app/_lib/area-layout";

const area = areaLayout("manager");
export const generateMetadata = area.generateMetadata;
export default area.Layout;
