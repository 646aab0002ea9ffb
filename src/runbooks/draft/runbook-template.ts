// The runbook a draft starts from when a service has none: front matter and a title, nothing else. The
// sections are created by the draft itself, in the conventional order, only where an incident record fills them.
import { Document, isSeq } from "yaml";
import { escapeInline } from "./draft-lines.js";

export interface TemplateFields {
  title: string;
  serviceId: string;
  owner: string | null;
  /** YYYY-MM-DD */
  lastReviewed: string;
}

export function runbookTemplate(fields: TemplateFields): string {
  const frontMatter: Record<string, unknown> = { title: fields.title, services: [fields.serviceId] };
  if (fields.owner) frontMatter.owner = fields.owner;
  frontMatter.lastReviewed = fields.lastReviewed;
  const document = new Document(frontMatter);
  const services = document.get("services", true);
  if (isSeq(services)) services.flow = true;
  const yaml = document.toString({ flowCollectionPadding: false }).trimEnd();
  return `---\n${yaml}\n---\n\n# ${escapeInline(fields.title)}\n`;
}
