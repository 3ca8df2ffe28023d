import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

import { REPO_ROOT } from "@/tests/helpers/source-files";

/*
 * The lint rule that keeps Aksel's compound parts (`<Table.Row>`) out of server components, run through the project's
 * own eslint.config.mjs on small fixtures: if the rule stops flagging, or the config stops applying it to pages,
 * layouts and components, this fails (a lint rule that silently stops working looks exactly like clean code).
 */
const RULE = "local/no-aksel-compound-in-server";
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function flagged(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const SERVER_TABLE = `import { Table } from "@navikt/ds-react";

export default function Page() {
  return (
    <Table>
      <Table.Body>
        <Table.Row>
          <Table.DataCell>1</Table.DataCell>
        </Table.Row>
      </Table.Body>
    </Table>
  );
}
`;

describe("lint: no Aksel compound parts in server components", () => {
  it("flags each part in a page, a layout and a component without \"use client\", naming the import to use", async () => {
    const messages = await flagged("app/(officer)/fixture/page.tsx", SERVER_TABLE);
    expect(messages).toHaveLength(3);
    expect(messages[1]).toContain("import `TableRow` from \"@navikt/ds-react/Table\"");
    expect(await flagged("app/(officer)/fixture/layout.tsx", SERVER_TABLE)).toHaveLength(3);
    expect(await flagged("components/tenders/fixture-view.tsx", `import { List } from "@navikt/ds-react/List";\nexport const X = () => <List><List.Item>a</List.Item></List>;\n`)).toHaveLength(1);
  });

  it("flags a part passed as a value, and a renamed import", async () => {
    const code = `import { Tabs as T, Button } from "@navikt/ds-react";\nexport const X = () => <Button as={T.Tab}>a</Button>;\n`;
    expect(await flagged("app/fixture/page.tsx", code)).toEqual([expect.stringContaining("`T.Tab`")]);
  });

  it("allows parts in \"use client\" modules, named parts anywhere, and member JSX that is not Aksel's", async () => {
    expect(await flagged("components/tenders/fixture-client.tsx", `"use client";\n\n${SERVER_TABLE}`)).toEqual([]);
    const named = `import { Table, TableBody, TableRow } from "@navikt/ds-react/Table";\nexport const X = () => <Table><TableBody><TableRow /></TableBody></Table>;\n`;
    expect(await flagged("app/fixture/page.tsx", named)).toEqual([]);
    const context = `import { createContext } from "react";\nconst Ctx = createContext(1);\nexport const X = () => <Ctx.Provider value={2}>a</Ctx.Provider>;\n`;
    expect(await flagged("app/fixture/page.tsx", context)).toEqual([]);
  });
});
