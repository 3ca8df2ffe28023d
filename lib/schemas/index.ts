export { id, text } from "./text";
export { ZCheckbox } from "./checkbox";
