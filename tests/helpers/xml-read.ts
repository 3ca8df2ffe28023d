import { XMLParser } from "fast-xml-parser";

/** A parsed element: child elements by qualified name (always arrays), attributes as "@_name", text as "#text". */
export type XmlNode = { [key: string]: XmlNode[] | string | undefined };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  processEntities: true,
  trimValues: true,
});

/** The document's root element (its qualified name is checked by the caller through the key). */
export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/** Every element at a slash-separated path of qualified names below `node`. */
export function all(node: XmlNode, path: string): XmlNode[] {
  return path.split("/").reduce<XmlNode[]>((nodes, name) => nodes.flatMap((n) => (n[name] as XmlNode[] | undefined) ?? []), [node]);
}

/** The texts of the elements at `path`; filter by an attribute with `[@listName=…]`-like `where`. */
export function texts(node: XmlNode, path: string, where?: Record<string, string>): string[] {
  return all(node, path)
    .filter((n) => !where || Object.entries(where).every(([k, v]) => n[`@_${k}`] === v))
    .map((n) => String(n["#text"] ?? ""));
}

export function text(node: XmlNode, path: string, where?: Record<string, string>): string {
  const found = texts(node, path, where);
  if (found.length !== 1) throw new Error(`${path}: expected one element, found ${found.length}`);
  return found[0]!;
}

export function attr(node: XmlNode, path: string, name: string): string | undefined {
  const [first] = all(node, path);
  return first?.[`@_${name}`] as string | undefined;
}
