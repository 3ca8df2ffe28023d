/*
 * Aksel's compound parts (`Table.Row`, `List.Item`, `Tabs.Tab`, …) are properties attached to a client component;
 * in a React server component the import is a client reference without them, so `<Table.Row>` is undefined and the
 * page answers 500 (docs: ../shared/toolchain.md, "Aksel in the app router"). Every module without "use client" may
 * be rendered on the server, so there the parts must be imported by name (`TableRow` from "@navikt/ds-react/Table").
 */
const AKSEL = /^@navikt\/ds-react(\/|$)/;

function isClientModule(program) {
  return program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
}

/** Local names bound to a named or default import from Aksel (a namespace import's members are real exports). */
function akselBindings(program) {
  const names = new Set();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || !AKSEL.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === "ImportSpecifier" || specifier.type === "ImportDefaultSpecifier") names.add(specifier.local.name);
    }
  }
  return names;
}

/** @type {import("eslint").Rule.RuleModule} */
const noCompoundPartsInServer = {
  meta: {
    type: "problem",
    docs: { description: "Forbid Aksel compound parts (Table.Row, List.Item, …) in modules without \"use client\"" },
    schema: [],
    messages: {
      part: "`{{part}}` is undefined in a server component: import `{{named}}` from \"@navikt/ds-react/{{component}}\" instead (or make this a \"use client\" module).",
    },
  },
  create(context) {
    let bindings = new Set();
    const report = (node, component, part) =>
      context.report({ node, messageId: "part", data: { part: `${component}.${part}`, named: `${component}${part}`, component } });
    return {
      Program(program) {
        bindings = isClientModule(program) ? new Set() : akselBindings(program);
      },
      // Only the opening tag, so `<Table.Row>…</Table.Row>` is one report.
      JSXOpeningElement(node) {
        const name = node.name;
        if (name.type === "JSXMemberExpression" && name.object.type === "JSXIdentifier" && bindings.has(name.object.name)) {
          report(name, name.object.name, name.property.name);
        }
      },
      // The same part passed as a value (`as={Table.Row}`, `const Row = Table.Row`).
      MemberExpression(node) {
        if (node.computed || node.object.type !== "Identifier" || node.property.type !== "Identifier") return;
        if (bindings.has(node.object.name) && /^[A-Z]/.test(node.property.name)) report(node, node.object.name, node.property.name);
      },
    };
  },
};

const plugin = { meta: { name: "tiltaksanbud-local" }, rules: { "no-aksel-compound-in-server": noCompoundPartsInServer } };

export default plugin;
