export { id, text } from "./text";
