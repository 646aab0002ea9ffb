import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commandTemplate,
  extractSteps,
  meaningfulLines,
  normalizeCommand,
  quotedErrors
} from "./chunk-XVYO3GTT.js";
import {
  defaultRunbookPath,
  findRunbookForService
} from "./chunk-BWXVZCPD.js";
import {
  NEW_SECTION_HEADINGS,
  SECTION_ORDER,
  frontMatterProblem,
  isBlank,
  joinLines,
  lastReviewedEdit,
  parseBlocks,
  readOutline,
  readRunbookCatalog
} from "./chunk-7WSIUUHN.js";
import {
  require_dist
} from "./chunk-QOBY7TRA.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";
import {
  __toESM
} from "./chunk-DKVNMX5N.js";

// src/runbooks/markdown/insertion-point.ts
function insertionPoint(lines, section) {
  let { texts } = lines, blocks = parseBlocks(texts.slice(section.bodyStart, section.bodyEnd).join(`
`), {
    frontMatter: !1
  }).children;
  for (; blocks.length > 0 && isLeftOpen(blocks.at(-1), texts, section.bodyStart); ) blocks.pop();
  for (; blocks.length > 1 && isReferenceBlock(blocks.at(-1), texts, section.bodyStart); ) blocks.pop();
  let last = blocks.at(-1);
  if (!last?.position) return { afterLine: section.bodyStart - 1, joinList: null, tableColumns: null };
  let afterLine = section.bodyStart + last.position.end.line - 1, firstLine = texts[section.bodyStart + last.position.start.line - 1];
  if (last.type === "table") return { afterLine, joinList: null, tableColumns: tableCells(firstLine) };
  if (last.type !== "list" || last.ordered || last.spread)
    return { afterLine, joinList: null, tableColumns: null };
  let bullet = firstLine.trimStart()[0];
  return { afterLine, joinList: bullet === "-" || bullet === "*" || bullet === "+" ? bullet : null, tableColumns: null };
}
function tableCells(row) {
  return row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "").split(/(?<!\\)\|/).map((cell) => cell.trim());
}
var REFERENCE_LINE = /^\s*(?:\[\^?[^\]]+\]:\s*\S|(?:see(?: also)?:?\s+)?(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|\[[^\]]+\]\[[^\]]*\])[\s.,;]*$)/i;
function trailingReferencesStart(lines, section) {
  let { texts } = lines, blocks = parseBlocks(texts.slice(section.bodyStart, section.bodyEnd).join(`
`), {
    frontMatter: !1
  }).children, start = null;
  for (; blocks.length > 1 && isReferenceBlock(blocks.at(-1), texts, section.bodyStart); )
    start = section.bodyStart + blocks.pop().position.start.line - 1;
  return start;
}
function isReferenceBlock(block, texts, offset) {
  return block.type === "definition" ? !0 : block.type !== "paragraph" || !block.position ? !1 : texts.slice(offset + block.position.start.line - 1, offset + block.position.end.line).every((line) => REFERENCE_LINE.test(line));
}
function isLeftOpen(block, texts, offset) {
  if (!block.position) return !1;
  let first = texts[offset + block.position.start.line - 1]?.trimStart() ?? "", last = texts[offset + block.position.end.line - 1]?.trim() ?? "";
  if (block.type === "code") {
    let fence = /^(`{3,}|~{3,})/.exec(first)?.[1];
    if (!fence) return !1;
    let closing = new RegExp(`^${fence[0] === "`" ? "`" : "~"}{${fence.length},}$`);
    return block.position.end.line === block.position.start.line || !closing.test(last);
  }
  if (block.type === "html") {
    let kind = [
      [/^<!--/, /-->/],
      [/^<\?/, /\?>/],
      [/^<!\[CDATA\[/, /\]\]>/],
      [/^<![A-Za-z]/, />/],
      [/^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i]
    ].find(([opener]) => opener.test(first));
    return kind !== void 0 && !kind[1].test(last);
  }
  return !1;
}

// src/runbooks/markdown/line-edits.ts
function applyEdits(source, insertions, replacements) {
  let { texts, endings, eol } = source, byLine = /* @__PURE__ */ new Map();
  for (let insertion of insertions)
    byLine.set(insertion.at, [...byLine.get(insertion.at) ?? [], insertion]);
  let replaced = new Map(replacements.map((replacement) => [replacement.line, replacement.text])), outTexts = [], outEndings = [], emitBlockAt = (at) => {
    let group = byLine.get(at);
    if (group)
      for (group.forEach((insertion, index) => {
        let previous = index > 0 ? group[index - 1].lines.at(-1) : texts[at - 1];
        insertion.join === "block" && previous !== void 0 && !isBlank(previous) && outTexts.push(""), outTexts.push(...insertion.lines);
      }), group.at(-1).join !== "line" && at < texts.length && !isBlank(texts[at]) && outTexts.push(""); outEndings.length < outTexts.length; ) outEndings.push(eol);
  };
  for (let line = 0; line < texts.length; line++)
    emitBlockAt(line), outTexts.push(replaced.get(line) ?? texts[line]), outEndings.push(endings[line]);
  return byLine.has(texts.length) && outEndings.length > 0 && outEndings.at(-1) === "" ? (outEndings[outEndings.length - 1] = eol, emitBlockAt(texts.length), outEndings[outEndings.length - 1] = "") : emitBlockAt(texts.length), { texts: outTexts, endings: outEndings, eol };
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    typeof options == "function" ? (callback = options, options = {}) : "callback" in options && (callback = options.callback);
    let oldString = this.castInput(oldStr, options), newString = this.castInput(newStr, options), oldTokens = this.removeEmpty(this.tokenize(oldString, options)), newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options.maxEditLength));
    let maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options) : basePath = this.addToPath(removePath, !1, !0, 1, options), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    let last = path.lastComponent;
    return last && !options.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options); )
      newPos++, oldPos++, commonCount++, options.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options) {
    return options.comparator ? options.comparator(left, right) : left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options) {
    return options.ignoreWhitespace ? ((!options.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options.ignoreNewlineAtEof && !options.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  options.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  options ? typeof options == "function" ? optionsObj = { callback: options } : optionsObj = options : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result.pop() : result.push(result.pop().slice(0, -1)), result;
}

// src/runbooks/markdown/unified-diff.ts
function unifiedDiff(path, before, after) {
  if (before === after) return "";
  let name = quotePath(path), patch = structuredPatch(`a/${path}`, `b/${path}`, before ?? "", after, void 0, void 0, {
    context: 3
  }), lines = [`diff --git a/${name} b/${name}`];
  before === null ? lines.push("new file mode 100644", "--- /dev/null") : lines.push(`--- a/${name}`), lines.push(`+++ b/${name}`);
  for (let hunk of patch.hunks) {
    let oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart, newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    lines.push(`@@ -${range(oldStart, hunk.oldLines)} +${range(newStart, hunk.newLines)} @@`, ...hunk.lines);
  }
  return `${lines.join(`
`)}
`;
}
function range(start, count) {
  return count === 1 ? `${start}` : `${start},${count}`;
}
function quotePath(path) {
  let named = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "	": "\\t", "\r": "\\r" }, quoted = "", needsQuotes = !1;
  for (let character of path) {
    let code = character.charCodeAt(0);
    named[character] !== void 0 || code < 32 || code === 127 ? (needsQuotes = !0, quoted += named[character] ?? `\\${code.toString(8).padStart(3, "0")}`) : quoted += character;
  }
  return needsQuotes ? `"${quoted}"` : path;
}

// src/runbooks/records/alert-names.ts
function alertName(alert) {
  let fromDetails = nameInDetails(alert.details);
  if (fromDetails) return fromDetails;
  let firing = /\[FIRING(?::\d+)?\]\s*([A-Za-z][\w.-]{2,})/.exec(alert.summary);
  if (firing) return firing[1];
  for (let match of alert.summary.matchAll(/\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b/g))
    if (!PRODUCT_NAMES.has(match[0].toLowerCase())) return match[0];
  return null;
}
var PRODUCT_NAMES = /* @__PURE__ */ new Set([
  "github",
  "gitlab",
  "pagerduty",
  "postgresql",
  "mysql",
  "mongodb",
  "rabbitmq",
  "cloudflare",
  "openshift",
  "javascript",
  "typescript",
  "digitalocean",
  "cockroachdb",
  "elasticsearch",
  "opensearch",
  "dynamodb",
  "bigquery",
  "cloudwatch",
  "cloudfront",
  "pgbouncer",
  "nodejs"
]);
function nameInDetails(details) {
  if (!isRecord(details)) return null;
  for (let candidate of [details.alertname, details.alert_name, labels(details)?.alertname])
    if (typeof candidate == "string" && /^[A-Za-z][\w.:-]{2,100}$/.test(candidate)) return candidate;
  return null;
}
function labels(details) {
  let value = details.labels ?? (isRecord(details.firing) ? details.firing.labels : void 0);
  return isRecord(value) ? value : null;
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// src/runbooks/draft/draft-lines.ts
function escapeInline(text) {
  return text.replace(/\s+/g, " ").trim().replace(/\\(?=[!-/:-@[-`{-~])|[`*[\]<]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\$&").replace(/^([#+-]|\d+[.)])(?=\s)/, "\\$1");
}
function codeSpan(text) {
  let longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)), fence = "`".repeat(longestRun + 1), pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function incidentLabel(incident) {
  return `incident #${incident.number}`;
}
function symptomItem(bullet, summary, incident) {
  return [`${bullet} ${escapeInline(summary)} (alert in ${incidentLabel(incident)})`];
}
function errorItem(bullet, message, incident) {
  return [`${bullet} Error seen: ${codeSpan(message)} (${incidentLabel(incident)})`];
}
function proseStepItem(bullet, sentence, incident) {
  return [`${bullet} ${escapeInline(sentence)} (${incidentLabel(incident)})`];
}
function stepItem(bullet, lines, language, incident) {
  if (lines.length === 1) return [`${bullet} ${codeSpan(lines[0].trim())} (${incidentLabel(incident)})`];
  let longestRun = Math.max(
    0,
    ...lines.flatMap((line) => [...line.matchAll(/`{3,}/g)].map((run) => run[0].length))
  ), fence = "`".repeat(Math.max(3, longestRun + 1));
  return [
    `${bullet} From ${incidentLabel(incident)}:`,
    `  ${fence}${language ?? ""}`,
    ...lines.map((line) => line.trim() === "" ? "" : `  ${line}`),
    `  ${fence}`
  ];
}
function historyItem(bullet, incident, title) {
  let { date, reference, outcome } = historyFacts(incident);
  return [`${bullet} ${date}: ${reference} ${escapeInline(title)} (${outcome})`];
}
var COLUMN_FACTS = [
  [/\b(?:date|when|day)\b/i, "date"],
  [/\b(?:duration|ttr|mttr|time to|length|downtime)\b/i, "duration"],
  [/\b(?:incident|id|link|ticket|ref|number)\b|#/i, "reference"],
  [/\b(?:summary|title|description|what|issue|cause|details?)\b/i, "title"]
];
function historyRow(columns, incident, title, options = {}) {
  let facts = historyFacts(incident), cell = (options.verbatim ? title.replace(/\s+/g, " ").trim() : escapeInline(title)).replace(
    /(?<!\\)\|/g,
    "\\|"
  ), values = { ...facts, title: cell, duration: facts.duration }, cells = columns.map((column) => COLUMN_FACTS.find(([meaning]) => meaning.test(column))?.[1] ?? null), known = cells.filter((cell2) => cell2 !== null);
  return known.length < 2 || !(known.includes("reference") || known.includes("date")) ? null : (!known.includes("duration") && known.includes("title") && (values.title = `${values.title} (${facts.outcome})`), [`| ${cells.map((cell2) => cell2 ? values[cell2] : "").join(" | ")} |`]);
}
function historyFacts(incident) {
  let duration = incident.resolvedAt ? formatDuration(Date.parse(incident.resolvedAt) - Date.parse(incident.createdAt)) : "unresolved";
  return {
    date: incident.createdAt.slice(0, 10),
    reference: incident.url ? `[#${incident.number}](${incident.url})` : `#${incident.number}`,
    duration,
    outcome: incident.resolvedAt ? `resolved in ${duration}` : "not resolved when drafted"
  };
}
function formatDuration(milliseconds) {
  let minutes = Math.max(0, Math.round(milliseconds / 6e4));
  if (minutes < 60) return `${minutes} min`;
  let hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  let days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
function headingLines(text, depth, setext) {
  return setext && depth <= 2 ? [text, (depth === 1 ? "=" : "-").repeat(Math.max(3, text.length))] : [`${"#".repeat(depth)} ${text}`];
}

// src/runbooks/draft/runbook-mentions.ts
var CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
function collectMentions(texts) {
  let commands = /* @__PURE__ */ new Set(), templates = /* @__PURE__ */ new Map(), add = (text) => {
    let normalized = normalizeCommand(text);
    if (normalized.length === 0 || commands.has(normalized)) return;
    commands.add(normalized);
    let template = commandTemplate(normalized);
    template && templates.set(normalized, template);
  };
  for (let text of texts) {
    let line = text.replace(LINE_PREFIX, "");
    if (add(line), line.includes("`")) for (let span of line.matchAll(CODE_SPAN)) add(span[2].trim());
  }
  return {
    commands,
    templates: [...templates.values()],
    prose: maskNumbers(normalizeProse(texts.join(`
`)))
  };
}
function mentionsCommand(mentions, command) {
  let normalized = normalizeCommand(command);
  return mentions.commands.has(normalized) || mentions.templates.some((template) => template.test(normalized));
}
function mentionsBlock(mentions, lines) {
  let commands = meaningfulLines(lines);
  return commands.length > 0 && commands.every((line) => mentionsCommand(mentions, line));
}
function mentionsPhrase(mentions, phrase) {
  let normalized = maskNumbers(normalizeProse(phrase));
  return normalized.length > 0 && mentions.prose.includes(normalized);
}
function normalizeProse(text) {
  return text.toLowerCase().replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/[`*_~]/g, "").replace(/\s+/g, " ").trim();
}
function maskNumbers(text) {
  return text.replace(/\d+(?:[.,]\d+)*/g, "#");
}

// src/runbooks/draft/draft-items.ts
var MAX_SYMPTOMS = 5, MAX_STEPS_PER_SECTION = 12;
function symptomItems(records, mentions, warnings) {
  let { incident, alerts, logEntries } = records, distinct = /* @__PURE__ */ new Map();
  for (let alert of [...alerts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))) {
    let summary = redactSecrets(alert.summary).trim();
    if (summary === "") continue;
    let key = normalizeProse(summary).replace(/\d+(?:[.,]\d+)*/g, "#"), evidence = { at: alert.createdAt, source: "alert", excerpt: excerptOf(summary) }, known = distinct.get(key);
    known ? known.evidence.push(evidence) : distinct.set(key, { summary, name: alertName(alert), evidence: [evidence] });
  }
  if (alerts.length === 0) {
    let trigger = logEntries.find((entry) => entry.kind === "trigger"), title = redactSecrets(incident.title).trim();
    if (trigger && title !== "") {
      let evidence = { at: trigger.at, source: "log_entry", excerpt: excerptOf(trigger.summary) };
      distinct.set(title, { summary: title, name: null, evidence: [evidence] });
    }
  }
  let fresh = [...distinct.values()].filter(
    (symptom) => !(symptom.name && mentionsPhrase(mentions, symptom.name)) && !mentionsPhrase(mentions, symptom.summary)
  );
  fresh.length > MAX_SYMPTOMS && warnings.push(
    `${fresh.length - MAX_SYMPTOMS} more distinct alerts were left out; the draft lists the first ${MAX_SYMPTOMS}.`
  );
  let alertItems = fresh.slice(0, MAX_SYMPTOMS).map((symptom) => ({
    kind: "symptom",
    lines: ({ bullet }) => symptomItem(bullet, symptom.summary, incident),
    isTableRow: () => !1,
    evidence: symptom.evidence.slice(0, 3)
  })), errorItems = quotedErrors(records.notes, logEntries).filter((error) => !mentionsPhrase(mentions, error.lines[0])).slice(0, MAX_SYMPTOMS).map((error) => ({
    kind: "symptom",
    lines: ({ bullet }) => errorItem(bullet, error.lines[0], incident),
    isTableRow: () => !1,
    evidence: error.evidence.slice(0, 3)
  }));
  return [...alertItems, ...errorItems];
}
function stepItems(records, mentions, warnings) {
  let fresh = extractSteps(records.notes, records.logEntries).filter(
    (step) => step.prose ? !mentionsPhrase(mentions, step.lines[0]) : step.lines.length === 1 ? !mentionsCommand(mentions, step.lines[0]) : !mentionsBlock(mentions, step.lines)
  ), items = [];
  for (let purpose of ["diagnosis", "mitigation"]) {
    let steps = fresh.filter((step) => step.purpose === purpose), kept = mostEvidenced(steps, MAX_STEPS_PER_SECTION);
    kept.length < steps.length && warnings.push(
      `${steps.length - kept.length} more ${purpose} commands from the notes were left out; the draft keeps the ${kept.length} seen most often.`
    );
    for (let step of kept)
      items.push({
        kind: purpose,
        lines: ({ bullet }) => step.prose ? proseStepItem(bullet, step.lines[0], records.incident) : stepItem(bullet, step.lines, step.language, records.incident),
        isTableRow: () => !1,
        evidence: step.evidence
      });
  }
  return items;
}
function mostEvidenced(steps, limit) {
  return steps.length <= limit ? steps : steps.map((step, index) => ({ step, index })).sort((a, b) => b.step.evidence.length - a.step.evidence.length || a.index - b.index).slice(0, limit).sort((a, b) => a.index - b.index).map(({ step }) => step);
}
function historyItems(records, outline, warnings) {
  let { incident, logEntries, alerts } = records, texts = outline.lines.texts, number = new RegExp(`#${incident.number}(?!\\d)`);
  if (outline.sections.filter((section) => section.kind === "history").some(
    (section) => texts.slice(section.bodyStart, section.end).some((line) => number.test(line) || incident.url !== null && line.includes(incident.url))
  )) return [];
  let trigger = logEntries.find((entry) => entry.kind === "trigger"), resolve = logEntries.findLast((entry) => entry.kind === "resolve"), evidence = [trigger, resolve].filter((entry) => entry !== void 0).map((entry) => ({
    at: entry.at,
    source: "log_entry",
    excerpt: excerptOf(redactSecrets(entry.summary))
  })), firstAlert = alerts[0];
  if (evidence.length === 0 && firstAlert && evidence.push({
    at: firstAlert.createdAt,
    source: "alert",
    excerpt: excerptOf(redactSecrets(firstAlert.summary))
  }), evidence.length === 0)
    return warnings.push(
      `Incident #${incident.number} has no log entries or alerts to cite, so no history entry was drafted.`
    ), [];
  let title = redactSecrets(incident.title), row = (target) => target.tableColumns ? historyRow(target.tableColumns, incident, title) : null;
  return [
    {
      kind: "history",
      lines: (target) => row(target) ?? historyItem(target.bullet, incident, title),
      isTableRow: (target) => row(target) !== null,
      evidence,
      date: incident.createdAt.slice(0, 10)
    }
  ];
}
function excerptOf(text) {
  let oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= 200 ? oneLine : `${oneLine.slice(0, 199)}\u2026`;
}

// src/runbooks/draft/history-order.ts
var DATED_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]+.*?(\d{4}-\d{2}-\d{2})/, DATED_ROW = /^\|.*?(\d{4}-\d{2}-\d{2})/;
function historyPosition(lines, section, items) {
  let date = items[0]?.date;
  if (!date) return null;
  let texts = lines.texts, entries = [];
  for (let line = section.bodyStart; line < section.bodyEnd; line++) {
    let item = DATED_ITEM.exec(texts[line]);
    item && entries.push({ line, date: item[2], bullet: /\d/.test(item[1]) ? "1." : item[1], row: !1 });
    let row = DATED_ROW.exec(texts[line]);
    row && entries.push({ line, date: row[1], bullet: "-", row: !0 });
  }
  if (entries.length === 0) return null;
  let newestFirst = entries.length > 1 && entries[0].date > entries.at(-1).date, next = entries.find((entry) => newestFirst ? entry.date < date : entry.date > date);
  if (!next) return null;
  let header = next.line;
  if (next.row) for (; header > section.bodyStart && texts[header - 1].trimStart().startsWith("|"); ) header--;
  return {
    before: next.line,
    bullet: next.bullet,
    tableColumns: next.row ? tableCells(texts[header]) : null
  };
}

// src/runbooks/draft/change-facts.ts
var FENCE = /^[ \t]*(`{3,}|~{3,})/, CODE_SPAN2 = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, LINK = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, FACT_SHAPE = /\d|[/_=@]|^--?[A-Za-z]|\w\.\w|[a-z][A-Z]|\w-\w/;
function changeFacts(text) {
  let code = [], prose = [], lines = text.split(`
`);
  for (let index = 0; index < lines.length; index++) {
    let fence = FENCE.exec(lines[index]);
    if (fence) {
      let marker = fence[1];
      for (index++; index < lines.length && !lines[index].trim().startsWith(marker); index++) {
        let line = lines[index].trim();
        line !== "" && !line.startsWith("#") && !line.startsWith("-- ") && code.push(line.replace(/^(?:\$|%|>)\s+/, ""));
      }
      continue;
    }
    prose.push(
      lines[index].replace(CODE_SPAN2, (_match, _ticks, inner) => (code.push(inner.trim()), " "))
    );
  }
  let tokens = [], plain = prose.join(`
`).replace(LINK, (_match, label, url) => (tokens.push(url), label));
  for (let word of plain.split(/\s+/)) {
    let token = word.replace(/^[("'“‘[{*_<]+|[)"'”’\]}*_>.,;:!?]+$/g, "");
    token !== "" && FACT_SHAPE.test(token) && !/^#\d+$/.test(token) && tokens.push(token);
  }
  return { code: code.filter((item) => item !== ""), tokens };
}
function normalizeCode(text) {
  return text.replace(/\\\r?\n/g, " ").replace(/[‘’']/g, '"').replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

// src/runbooks/draft/model-changes.ts
function verifyChanges(changes, records, mentions) {
  let byId = recordsById(records), items = [], refused = [], seen = /* @__PURE__ */ new Set();
  return changes.forEach((change2, index) => {
    let judged = judge(change2, records, byId, mentions, seen);
    typeof judged == "string" ? refused.push({ index, kind: change2.kind, reason: judged }) : items.push(judged);
  }), { items, refused };
}
function judge(change2, records, byId, mentions, seen) {
  let text = cleanText(change2.text);
  if (text === "") return "its text is empty; write the line to add.";
  let unknown = change2.entryIds.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    return `it cites ${unknown.map((id) => `"${id}"`).join(", ")}, which ${unknown.length === 1 ? "is not a record" : "are not records"} of incident #${records.incident.number}; cite the ids of its notes, log entries or alerts.`;
  let cited = [...new Set(change2.entryIds)].map((id) => byId.get(id)), unsupported = unsupportedFacts(text, cited, records.incident);
  if (unsupported.length > 0) {
    let one = unsupported.length === 1;
    return `${unsupported.slice(0, 3).map((fact) => `"${fact}"`).join(", ")} ${one ? "does" : "do"} not appear in the records it cites; cite the record that shows ${one ? "it" : "them"}, or leave ${one ? "it" : "them"} out.`;
  }
  let key = `${change2.kind}
${normalizeProse(text)}`;
  return seen.has(key) ? "it repeats an earlier change." : (seen.add(key), alreadyInRunbook(text, change2.kind, mentions) ?? itemOf(change2.kind, text, cited, records.incident));
}
function recordsById(records) {
  let byId = /* @__PURE__ */ new Map(), add = (id, at, source, text) => {
    let redacted = redactSecrets(text.replace(/\r\n?/g, `
`)), excerpt = redacted.replace(/\s+/g, " ").trim();
    byId.set(id, {
      text: redacted,
      evidence: { at, source, excerpt: excerpt.length <= 200 ? excerpt : `${excerpt.slice(0, 199)}\u2026` }
    });
  };
  for (let note of records.notes) add(note.id, note.at, "note", note.content);
  for (let entry of records.logEntries)
    add(entry.id, entry.at, "log_entry", [entry.message ?? "", entry.summary].filter(Boolean).join(`
`));
  for (let alert of records.alerts)
    add(alert.id, alert.createdAt, "alert", `${alert.summary}
${JSON.stringify(alert.details ?? {})}`);
  return byId;
}
function cleanText(text) {
  return redactSecrets(text.replace(/\r\n?/g, `
`)).replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").replace(/\s+$/, "").trim();
}
function unsupportedFacts(text, cited, incident) {
  let facts = changeFacts(text), codeText = cited.map((record) => normalizeCode(record.text)), lowerText = cited.map((record) => record.text.toLowerCase()), missing = facts.code.filter((code) => !codeText.some((text2) => text2.includes(normalizeCode(code))));
  for (let token of facts.tokens) {
    let lower = token.toLowerCase();
    lower !== String(incident.number) && (lowerText.some((text2) => text2.includes(lower)) || missing.push(token));
  }
  return [...new Set(missing)];
}
function alreadyInRunbook(text, kind, mentions) {
  if (kind === "history") return null;
  let { code } = changeFacts(text);
  if (code.length > 0 && code.every((command) => mentionsCommand(mentions, command)))
    return `the runbook already has ${code.length === 1 ? `\`${code[0]}\`` : "every command it quotes"}.`;
  let prose = normalizeProse(text);
  return prose.length >= 20 && mentions.prose.includes(prose.replace(/\d+(?:[.,]\d+)*/g, "#")) ? "the runbook already says this." : null;
}
function itemOf(kind, text, cited, incident) {
  let evidence = cited.map((record) => record.evidence).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), [first, ...rest] = text.split(`
`);
  if (kind === "history") {
    let oneLine = text.replace(/\s+/g, " "), { date, reference } = historyFacts(incident), row = (columns) => columns ? historyRow(columns, incident, oneLine, { verbatim: !0 }) : null;
    return {
      kind,
      lines: (target) => row(target.tableColumns) ?? [`${target.bullet} ${date}: ${reference} ${oneLine}`],
      isTableRow: (target) => row(target.tableColumns) !== null,
      evidence,
      date
    };
  }
  return {
    kind,
    lines: ({ bullet }) => [
      `${bullet} ${first} (incident #${incident.number})`,
      ...rest.map((line) => line.trim() === "" ? "" : `  ${line}`)
    ],
    isTableRow: () => !1,
    evidence
  };
}

// src/runbooks/draft/runbook-template.ts
var import_yaml = __toESM(require_dist(), 1);
function runbookTemplate(fields) {
  let frontMatter = { title: fields.title, services: [fields.serviceId] };
  fields.owner && (frontMatter.owner = fields.owner), frontMatter.lastReviewed = fields.lastReviewed;
  let document = new import_yaml.Document(frontMatter), services = document.get("services", !0);
  return (0, import_yaml.isSeq)(services) && (services.flow = !0), `---
${document.toString({ flowCollectionPadding: !1 }).trimEnd()}
---

# ${escapeInline(fields.title)}
`;
}

// src/runbooks/draft/secret-lines.ts
function secretLookingLines(path, content) {
  let found = [];
  if (content.split(/\r?\n/).forEach((line, index) => {
    redactSecrets(line) !== line && found.push(index + 1);
  }), found.length === 0) return [];
  let where = found.length === 1 ? `line ${found[0]}` : `lines ${found.slice(0, 10).join(", ")}`;
  return [
    `${path} ${where} ${found.length === 1 ? "looks" : "look"} like ${found.length === 1 ? "it holds a secret" : "they hold secrets"}; the draft leaves ${found.length === 1 ? "it" : "them"} as written. Check whether ${found.length === 1 ? "it is" : "they are"} a real credential or a placeholder.`
  ];
}

// src/runbooks/draft/section-placement.ts
function titleOf(outline) {
  let first = outline.sections[0];
  return first && outline.sections.every((section) => section === first || section.depth > first.depth) ? first : null;
}
function findScope(outline, alertNames) {
  let names = alertNames.map((name) => name.toLowerCase()).filter((name) => name.length >= 4);
  if (names.length === 0) return null;
  let title = titleOf(outline), scope = null;
  for (let section of outline.sections) {
    let heading = normalizeProse(section.heading);
    names.some((name) => heading.includes(name)) && (!scope || section.depth > scope.depth) && (scope = section);
  }
  if (scope) return scope;
  let texts = outline.lines.texts, firstBodyLine = outline.sections[0]?.line ?? texts.length, line = texts.findIndex(
    (text, index) => index >= firstBodyLine && names.some((name) => text.toLowerCase().includes(name))
  );
  return line < 0 ? null : outline.sections.filter((section) => section.line <= line && line < section.end && section !== title).sort((a, b) => b.depth - a.depth).find((section) => section.kind === null || hasKindedSubsections(outline, section)) ?? null;
}
function hasKindedSubsections(outline, parent) {
  return outline.sections.some(
    (section) => section.line > parent.line && section.line < parent.end && section.kind !== null
  );
}
function placeSection(outline, kind, alertScope, text = "") {
  let title = titleOf(outline), sections = outline.sections.filter((section) => section !== title), scope = kind === "history" ? null : alertScope, within = (section) => !scope || section.line > scope.line && section.line < scope.end;
  if (scope && !sections.some((section) => within(section) && section.kind !== null))
    return { kind: "existing", section: scope };
  let candidates = sections.filter((section) => section.kind === kind && within(section));
  if (candidates.length > 0) return { kind: "existing", section: closestInMeaning(candidates, text) };
  let depth = scope ? scope.depth + 1 : newSectionDepth(sections, title), siblings = sections.filter((section) => section.depth === depth && within(section)), containerEnd = scope ? scope.end : outline.lines.texts.length, order = SECTION_ORDER.indexOf(kind), before = kind === "history" ? beforeTrailingReferences(siblings, containerEnd) : orderedGap(siblings, order, containerEnd), last = outline.sections.at(-1);
  before === outline.lines.texts.length && last && last.bodyEnd === before && (before = trailingReferencesStart(outline.lines, last) ?? before);
  let setext = depth <= 2 && outline.sections.some((section) => section.depth === depth && section.setext);
  return { kind: "new", heading: NEW_SECTION_HEADINGS[kind], depth, setext, before };
}
function orderedGap(siblings, order, containerEnd) {
  let kinded = siblings.filter((section) => section.kind !== null), rank = (section) => SECTION_ORDER.indexOf(section.kind), best = { before: containerEnd, misplaced: Number.POSITIVE_INFINITY, fit: -1 };
  for (let gap = 0; gap <= kinded.length; gap++) {
    let above = kinded[gap - 1], below = kinded[gap], misplaced = kinded.slice(0, gap).filter((section) => rank(section) > order).length + kinded.slice(gap).filter((section) => rank(section) < order).length, fit = (above && rank(above) < order ? 1 : 0) + (below && rank(below) > order ? 1 : 0);
    (misplaced < best.misplaced || misplaced === best.misplaced && fit > best.fit) && (best = { before: below ? below.line : above ? above.end : containerEnd, misplaced, fit });
  }
  return best.before;
}
function beforeTrailingReferences(siblings, containerEnd) {
  let before = containerEnd;
  for (let index = siblings.length - 1; index >= 0 && siblings[index].kind === "references"; index--)
    before = siblings[index].line;
  return before;
}
function closestInMeaning(candidates, text) {
  let depth = Math.min(...candidates.map((section) => section.depth)), shallowest = candidates.filter((section) => section.depth === depth), said = new Set(words(text)), shared = (section) => words(section.heading).filter((word) => said.has(word)).length;
  return shallowest.reduce((best, section) => shared(section) > shared(best) ? section : best);
}
function words(text) {
  return (normalizeProse(text).match(/[\p{L}\p{N}_]{4,}/gu) ?? []).filter(
    (word) => !/^(?:that|this|with|from|into|when|then|than|have|were|your|they|after|before|about)$/.test(word)
  );
}
function newSectionDepth(sections, title) {
  let recognised = sections.filter((section) => section.kind !== null);
  return recognised.length > 0 ? Math.min(...recognised.map((section) => section.depth)) : sections.length > 0 ? Math.min(...sections.map((section) => section.depth)) : title ? Math.min(title.depth + 1, 6) : 2;
}

// src/runbooks/draft/draft-runbook-update.ts
var DRAFTED_KINDS = ["symptom", "diagnosis", "mitigation", "history"];
function draftRunbookUpdate(input) {
  let { incident, runbook, runbookPath } = input, today = input.now.toISOString().slice(0, 10), base = runbook?.content ?? runbookTemplate({
    title: input.service?.name ?? incident.service.name,
    serviceId: input.service?.id ?? incident.service.id,
    owner: input.service?.team ?? null,
    lastReviewed: today
  }), outline = readOutline(base), mentions = collectMentions(outline.lines.texts), warnings = runbook ? secretLookingLines(runbookPath, runbook.content) : [], proved = input.changes ? verifyChanges(input.changes, input, mentions) : null, serverHistory = historyItems(input, outline, warnings), items = proved ? [...proved.items, ...proved.items.some((item) => item.kind === "history") ? [] : serverHistory] : [...symptomItems(input, mentions, warnings), ...stepItems(input, mentions, warnings), ...serverHistory], scope = findScope(
    outline,
    input.alerts.map(alertName).filter((name) => name !== null)
  ), insertions = [], changes = [];
  for (let kind of DRAFTED_KINDS) {
    let ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) continue;
    let placed = place(outline, kind, scope, ofKind);
    insertions.push(placed.insertion), changes.push(...placed.changes);
  }
  let replacements = [], frontMatterChange = changes.length > 0 && input.reviewed === !0 ? lastReviewed(outline, today, changes, runbookPath, warnings) : null;
  frontMatterChange && (frontMatterChange.edit.kind === "replace" ? replacements.push(frontMatterChange.edit) : insertions.push({
    at: frontMatterChange.edit.before,
    lines: [frontMatterChange.edit.text],
    join: "line",
    rank: -1
  }), changes.unshift(frontMatterChange.change)), runbook === null && changes.length > 0 && changes.unshift(templateChange(outline, changes)), insertions.sort((a, b) => a.at - b.at || a.rank - b.rank);
  let proposedContent = joinLines(applyEdits(outline.lines, insertions, replacements)), diffPath = input.diffRoot ? `${input.diffRoot}/${runbookPath}` : runbookPath;
  return {
    runbookPath,
    diffPath,
    baseVersion: runbook?.version ?? null,
    created: runbook === null,
    changes,
    refused: proved?.refused ?? [],
    diff: changes.length > 0 ? unifiedDiff(diffPath, runbook?.content ?? null, proposedContent) : "",
    proposedContent,
    warnings
  };
}
function place(outline, kind, scope, items) {
  let said = items.map((item) => item.lines({ bullet: "-", tableColumns: null }).join(`
`)).join(`
`), placement = placeSection(outline, kind, scope, said);
  if (placement.kind === "existing") {
    let dated = kind === "history" ? historyPosition(outline.lines, placement.section, items) : null;
    if (dated) {
      let target2 = { bullet: dated.bullet, tableColumns: dated.tableColumns }, blocks3 = items.map((item) => item.lines(target2));
      return {
        insertion: { at: dated.before, lines: blocks3.flat(), join: "line", rank: 0 },
        changes: items.map(
          (item, index) => change(placement.section.heading, !1, kind, blocks3[index], item.evidence)
        )
      };
    }
    let point = insertionPoint(outline.lines, placement.section), target = { bullet: point.joinList ?? "-", tableColumns: point.tableColumns }, blocks2 = items.map((item) => item.lines(target)), continues = point.joinList !== null || items.every((item) => item.isTableRow(target));
    return {
      insertion: {
        at: point.afterLine + 1,
        lines: blocks2.flat(),
        join: continues ? "continue" : "block",
        rank: 0
      },
      changes: items.map(
        (item, index) => change(placement.section.heading, !1, kind, blocks2[index], item.evidence)
      )
    };
  }
  let blocks = items.map((item) => item.lines({ bullet: "-", tableColumns: null })), lines = [...headingLines(placement.heading, placement.depth, placement.setext), "", ...blocks.flat()];
  return {
    insertion: { at: placement.before, lines, join: "block", rank: 1 + SECTION_ORDER.indexOf(kind) },
    changes: items.map((item, index) => change(placement.heading, !0, kind, blocks[index], item.evidence))
  };
}
function change(section, newSection, kind, lines, evidence) {
  return { section, newSection, kind, text: lines.join(`
`), evidence };
}
function lastReviewed(outline, today, changes, path, warnings) {
  let { frontMatter } = outline;
  if (!frontMatter) return null;
  let problem = frontMatterProblem(path, frontMatter);
  if (problem)
    return warnings.push(`lastReviewed was not updated: ${problem}`), null;
  let edit = lastReviewedEdit(frontMatter, outline.lines.texts, today);
  return edit ? { edit, change: change("front matter", !1, "metadata", [edit.text], [latestEvidence(changes)]) } : null;
}
function templateChange(outline, changes) {
  let headerEnd = outline.sections[0] ? outline.sections[0].bodyStart : outline.lines.texts.length, header = outline.lines.texts.slice(0, headerEnd);
  return change("front matter", !0, "metadata", header, [latestEvidence(changes)]);
}
function latestEvidence(changes) {
  return changes.flatMap((item) => item.evidence).reduce((latest, item) => Date.parse(item.at) > Date.parse(latest.at) ? item : latest);
}

// src/runbooks/draft/incident-draft.ts
var ALERT_LIMIT = 1e3;
async function loadIncidentRecords(incidentId, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, incidents = ctx.sources.incidents, incident = await incidents.getIncident(incidentId.trim(), fetch), [logEntries, notes, alerts] = await Promise.all([
    incidents.listLogEntries(incident.id, { overview: !0 }, fetch),
    incidents.listNotes(incident.id, fetch),
    incidents.listAlerts(incident.id, { limit: ALERT_LIMIT }, fetch)
  ]), service = ctx.team.services.find((s) => s.id === incident.service.id) ?? ctx.team.services.find((s) => s.pagerdutyId === incident.service.id) ?? null;
  return {
    incident,
    service,
    logEntries: logEntries.items,
    notes,
    alerts: alerts.items,
    alertsLeftOut: Math.max(0, alerts.total - alerts.items.length)
  };
}
async function findIncidentRunbook(records, runbookPath, ctx) {
  if (runbookPath !== void 0) {
    let file = await ctx.sources.runbooks.readRunbook(runbookPath, {
      signal: ctx.signal,
      requests: ctx.requests
    });
    return { path: file.path, file };
  }
  let service = records.service ?? {
    id: records.incident.service.id,
    name: records.incident.service.name,
    runbook: null,
    pagerdutyId: null,
    team: null
  }, catalog = await readRunbookCatalog(ctx), found = findRunbookForService(
    service,
    catalog.map((entry2) => entry2.path),
    new Map(catalog.map((entry2) => [entry2.path, entry2.summary.services]))
  ), entry = catalog.find((candidate) => candidate.path === found);
  return entry ? { path: entry.path, file: { path: entry.path, content: entry.content, version: entry.version } } : { path: defaultRunbookPath(service), file: null };
}
async function draftFromRecords(records, runbookPath, ctx, options = {}) {
  let runbook = await findIncidentRunbook(records, runbookPath, ctx), draft = draftRunbookUpdate({
    incident: records.incident,
    logEntries: records.logEntries,
    notes: records.notes,
    alerts: records.alerts,
    runbook: runbook.file,
    runbookPath: runbook.path,
    service: records.service,
    now: ctx.now,
    changes: options.changes,
    reviewed: options.reviewed,
    diffRoot: ctx.sources.runbooks.diffRoot
  });
  return records.alertsLeftOut > 0 && draft.warnings.push(
    `Only the first ${ALERT_LIMIT} of the incident's alerts were read; ${records.alertsLeftOut} more were not.`
  ), draft;
}
async function draftForIncident(input, ctx) {
  let records = await loadIncidentRecords(input.incidentId, ctx);
  return { records, draft: await draftFromRecords(records, input.runbookPath, ctx, input) };
}

export {
  loadIncidentRecords,
  draftFromRecords,
  draftForIncident
};
