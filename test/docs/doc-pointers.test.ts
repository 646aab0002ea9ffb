// Every document a message points at ships: the strings of src/ and tools/ (error messages, the start-up line, the
// generated demo files) name documents that exist in the repository and that `npm pack` puts in the package, and the
// links inside the shipped documents lead to files and headings that exist.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths.js";

interface Pointer {
  /** Repository-relative path of the document. */
  document: string;
  /** A heading of the document the pointer names, if any. */
  heading: string | null;
  /** Where the string is, for the failure message. */
  from: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mjs)$/.test(entry.name))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));
}

/** The text of every string and template literal in a file; comments are not messages. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(REPO_ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
  );
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node))
      texts.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("…"));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

// "see docs/workspace.md", `see "Connect a client" in README.md`, "described in [docs/workspace.md](…)".
const SEE = /\bsee (?:"([^"]+)" in )?((?:[\w-]+\/)*[\w.-]+\.(?:md|json))\b/g;
const DESCRIBED = /\bdescribed in\s+\[?((?:[\w-]+\/)*[\w.-]+\.md)\b/g;

function pointersIn(text: string, from: string): Pointer[] {
  return [
    ...[...text.matchAll(SEE)].map((m) => ({ document: m[2]!, heading: m[1] ?? null, from })),
    ...[...text.matchAll(DESCRIBED)].map((m) => ({ document: m[1]!, heading: null, from })),
  ];
}

/** GitHub's anchor for a heading: lower case, punctuation other than "-" dropped, spaces to "-". */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function headingsOf(markdown: string): string[] {
  return [...markdown.replace(/```[\s\S]*?```/g, "").matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.trim());
}

function packedFiles(): Set<string> {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return new Set(pack!.files.map((file) => file.path));
}

const SHIPPED_DOCUMENTS = ["README.md", "docs/workspace.md", "examples/workspace/README.md"];

describe("documents named by messages", () => {
  const pointers = [...sourceFiles("src"), ...sourceFiles("tools")].flatMap((file) =>
    stringsOf(file).flatMap((text) => pointersIn(text, file)),
  );
  let packed: Set<string>;

  beforeAll(() => {
    packed = packedFiles();
  });

  it("finds the pointers of the workspace loader, the start-up line and the demo", () => {
    const where = (document: string) => pointers.filter((p) => p.document === document).map((p) => p.from);
    expect(where("docs/workspace.md")).toEqual(
      expect.arrayContaining([
        "src/sources/workspace/team-file.ts",
        "src/sources/workspace/team-source.ts",
        "src/sources/workspace/yaml-locator.ts",
        "tools/demo-workspace/readme.ts",
        "tools/demo-workspace/team-yaml.ts",
      ]),
    );
    expect(pointers).toContainEqual({
      document: "README.md",
      heading: "Connect a client",
      from: "src/main.ts",
    });
  });

  it("names only documents that exist in the repository and ship in the package", () => {
    const missing = pointers.filter((p) => !existsSync(path.join(REPO_ROOT, p.document)));
    expect(missing).toEqual([]);
    const unshipped = pointers.filter((p) => !packed.has(p.document));
    expect(unshipped).toEqual([]);
  });

  it("names only headings the document has", () => {
    for (const pointer of pointers.filter((p) => p.heading !== null)) {
      const headings = headingsOf(readFileSync(path.join(REPO_ROOT, pointer.document), "utf8"));
      expect(headings, `${pointer.from} names "${pointer.heading}" in ${pointer.document}`).toContain(
        pointer.heading,
      );
    }
  });

  it("ships the workspace format document", () => {
    expect(packed.has("docs/workspace.md")).toBe(true);
  });
});

describe("links in the shipped documents", () => {
  for (const document of SHIPPED_DOCUMENTS) {
    it(`lead to files and headings that exist: ${document}`, () => {
      const markdown = readFileSync(path.join(REPO_ROOT, document), "utf8");
      const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      const broken: string[] = [];
      for (const link of links) {
        if (/^[a-z]+:/i.test(link)) continue;
        const [file, anchor] = link.split("#") as [string, string | undefined];
        const target = file ? path.join(path.dirname(document), file) : document;
        if (!existsSync(path.join(REPO_ROOT, target))) {
          broken.push(link);
          continue;
        }
        if (anchor && target.endsWith(".md")) {
          const anchors = headingsOf(readFileSync(path.join(REPO_ROOT, target), "utf8")).map(anchorOf);
          if (!anchors.includes(anchor)) broken.push(link);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
