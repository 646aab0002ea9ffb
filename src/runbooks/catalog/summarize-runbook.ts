// What list_runbooks shows of one runbook: its title, the services it serves, when it was last reviewed and
// its section headings.
import { assertValidFrontMatter, frontMatterList, frontMatterString } from "../markdown/front-matter.js";
import { readOutline } from "../markdown/markdown-sections.js";

export interface RunbookSummary {
  path: string;
  /** Front matter title, else the first level-1 heading, else the first heading, else the file name. */
  title: string;
  services: string[];
  /** YYYY-MM-DD as written in the front matter, or null. */
  lastReviewed: string | null;
  /** Headings in order, less a lone level-1 heading at the top, which is the document's title. */
  sections: string[];
}

/** Throws WorkspaceError when the front matter is not valid YAML. */
export function summarizeRunbook(path: string, content: string): RunbookSummary {
  const { frontMatter, sections } = readOutline(content);
  assertValidFrontMatter(path, frontMatter);
  const levelOne = sections.filter((section) => section.depth === 1);
  const titleHeading = levelOne.length === 1 && sections[0] === levelOne[0] ? levelOne[0] : null;
  const title =
    frontMatterString(frontMatter, "title") ??
    levelOne[0]?.heading ??
    sections[0]?.heading ??
    path.split("/").pop()!.replace(/\.md$/i, "");
  const lastReviewed = frontMatterString(frontMatter, "lastReviewed");
  return {
    path,
    title,
    services: frontMatterList(frontMatter, "services"),
    lastReviewed:
      lastReviewed && /^\d{4}-\d{2}-\d{2}/.test(lastReviewed) ? lastReviewed.slice(0, 10) : lastReviewed,
    sections: sections.filter((section) => section !== titleHeading).map((section) => section.heading),
  };
}
