import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-QFTLS6H4.js";
import {
  BoundedCache
} from "./chunk-52YKPBLH.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";
import {
  WorkspaceError
} from "./chunk-WMQNFYIK.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-DKVNMX5N.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      typeof module < "u" ? namespace = module.exports = format : namespace = (function() {
        return this || (0, eval)("this");
      })(), namespace.format = format, namespace.vsprintf = vsprintf, typeof console < "u" && typeof console.log == "function" && (namespace.printf = printf);
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        for (var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = !1, arg, tmp, leadingZero = !1, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          for (var digits = ""; /\d/.test(fmt[i]); )
            digits += fmt[i++], c = fmt[i];
          return digits.length > 0 ? parseInt(digits) : null;
        }; i < n; ++i)
          if (c = fmt[i], escaped)
            switch (escaped = !1, c == "." ? (leadingZero = !1, c = fmt[++i]) : c == "0" && fmt[i + 1] == "." ? (leadingZero = !0, i += 2, c = fmt[i]) : leadingZero = !0, precision = slurpNumber(), c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg(), typeof arg == "string" || arg instanceof String ? result += arg : result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6)), result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          else c === "%" ? escaped = !0 : result += c;
        return result;
      }
    })();
  }
});

// src/runbooks/find-runbook.ts
function findRunbookForService(service, runbookPaths, frontMatterServices) {
  let paths = [...runbookPaths].sort(byDepthThenName);
  if (service.runbook) {
    let named = normalizePath(service.runbook), match = paths.find((path2) => normalizePath(path2) === named);
    if (match) return match;
  }
  let ids = new Set([service.id, service.pagerdutyId].filter((id) => id !== null)), listed = paths.find((path2) => (frontMatterServices.get(path2) ?? []).some((id) => ids.has(id)));
  return listed || (paths.find((path2) => fileStem(path2) === service.id) ?? null);
}
function defaultRunbookPath(service) {
  return service.runbook ? normalizePath(service.runbook) : `${service.id}.md`;
}
function normalizePath(path2) {
  return path2.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/^\/+/, "");
}
function fileStem(path2) {
  return normalizePath(path2).split("/").pop().replace(/\.md$/i, "");
}
function byDepthThenName(a, b) {
  let depth = (path2) => normalizePath(path2).split("/").length;
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}

// src/runbooks/front-matter.ts
var import_yaml = __toESM(require_dist(), 1);
var FENCE = /^(?:\uFEFF)?---[ \t]*$/;
function readFrontMatter(texts) {
  if (texts.length === 0 || !FENCE.test(texts[0])) return null;
  let closeLine = 1;
  for (; closeLine < texts.length && !/^---[ \t]*$/.test(texts[closeLine]); ) closeLine++;
  if (closeLine >= texts.length) return null;
  let document3 = (0, import_yaml.parseDocument)(texts.slice(1, closeLine).join(`
`)), error = document3.errors[0];
  if (!error) return { closeLine, document: document3, error: null };
  let reason = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
  return { closeLine, document: null, error: { line: (error.linePos?.[0].line ?? 1) + 1, reason } };
}
function frontMatterProblem(path2, frontMatter) {
  if (!frontMatter.error) return null;
  let { line, reason } = frontMatter.error;
  return `${path2} line ${line}: the front matter is not valid YAML (${reason}); fix that line or remove the front matter.`;
}
function assertValidFrontMatter(path2, frontMatter) {
  let problem = frontMatter && frontMatterProblem(path2, frontMatter);
  if (problem) throw new WorkspaceError(problem);
}
function frontMatterString(frontMatter, key) {
  let value2 = frontMatter?.document?.get(key);
  return typeof value2 == "string" ? value2.trim() || null : value2 instanceof Date && !Number.isNaN(value2.getTime()) ? value2.toISOString().slice(0, 10) : typeof value2 == "number" ? String(value2) : null;
}
function frontMatterList(frontMatter, key) {
  let value2 = frontMatter?.document?.toJS()?.[key];
  return typeof value2 == "string" ? [value2] : Array.isArray(value2) ? value2.filter((item) => typeof item == "string") : [];
}
function lastReviewedEdit(frontMatter, texts, date) {
  let { document: document3, closeLine } = frontMatter;
  if (!document3) return null;
  let contents = document3.contents;
  if (contents === null) return { kind: "insert", before: closeLine, text: `lastReviewed: ${date}` };
  if (!(0, import_yaml.isMap)(contents) || contents.flow) return null;
  let yamlText = texts.slice(1, closeLine).join(`
`), pair = contents.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === "lastReviewed");
  if (!pair) {
    let firstKey = contents.items[0]?.key, indent2 = (0, import_yaml.isScalar)(firstKey) && firstKey.range ? firstKey.range[0] - lineStartOf(yamlText, firstKey.range[0]) : 0;
    return { kind: "insert", before: closeLine, text: `${" ".repeat(indent2)}lastReviewed: ${date}` };
  }
  let value2 = pair.value;
  if (value2 !== null && !(0, import_yaml.isScalar)(value2) || (value2?.value instanceof Date ? value2.value.toISOString().slice(0, 10) : value2?.value) === date) return null;
  let keyEnd = pair.key.range[1], lineStart = lineStartOf(yamlText, keyEnd), line = lineNumberOf(yamlText, keyEnd) + 1, lineText = texts[line];
  if (value2?.range && value2.range[1] > value2.range[0]) {
    let [start, end] = value2.range;
    if (lineNumberOf(yamlText, end) + 1 !== line) return null;
    let quote = value2.type === "QUOTE_DOUBLE" ? '"' : value2.type === "QUOTE_SINGLE" ? "'" : "";
    return {
      kind: "replace",
      line,
      text: lineText.slice(0, start - lineStart) + quote + date + quote + lineText.slice(end - lineStart)
    };
  }
  let colon = lineText.indexOf(":", keyEnd - lineStart);
  if (colon < 0) return null;
  let rest = lineText.slice(colon + 1).trim();
  return { kind: "replace", line, text: `${lineText.slice(0, colon + 1)} ${date}${rest ? ` ${rest}` : ""}` };
}
function lineStartOf(text4, offset) {
  return text4.lastIndexOf(`
`, offset - 1) + 1;
}
function lineNumberOf(text4, offset) {
  let line = 0;
  for (let index2 = text4.indexOf(`
`); index2 !== -1 && index2 < offset; index2 = text4.indexOf(`
`, index2 + 1))
    line++;
  return line;
}

// src/runbooks/markdown-lines.ts
var LINE = /([^\r\n]*)(\r\n|\n|\r|$)/g;
function splitLines(content3) {
  let texts = [], endings = [], counts = { "\r\n": 0, "\n": 0, "\r": 0 };
  LINE.lastIndex = 0;
  for (let match = LINE.exec(content3); match; match = LINE.exec(content3)) {
    let ending = match[2];
    if (ending === "" && match[1] === "" || (texts.push(match[1]), endings.push(ending), ending !== "" && (counts[ending] += 1), ending === "")) break;
  }
  let eol = counts[`\r
`] > counts[`
`] && counts[`\r
`] >= counts["\r"] ? `\r
` : counts["\r"] > counts[`
`] ? "\r" : `
`;
  return { texts, endings, eol };
}
function joinLines(lines) {
  let content3 = "";
  for (let index2 = 0; index2 < lines.texts.length; index2++)
    content3 += lines.texts[index2] + lines.endings[index2];
  return content3;
}
function isBlank(text4) {
  return /^[ \t]*$/.test(text4);
}
function indentWidth(text4) {
  let width = 0;
  for (let character of text4)
    if (character === " ") width += 1;
    else if (character === "	") width += 4 - width % 4;
    else break;
  return width;
}

// src/runbooks/block-scanner.ts
var COLUMN_ZERO_ATX = /^#{1,6}(?:[ \t]|$)/, FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/, SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/, HTML_BLOCK_NAMES = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul", HTML_STARTS = [
  { opener: /^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, endsAt: /<\/(?:script|pre|style|textarea)>/i },
  { opener: /^<!--/, endsAt: /-->/ },
  { opener: /^<\?/, endsAt: /\?>/ },
  { opener: /^<!\[CDATA\[/, endsAt: /\]\]>/ },
  { opener: /^<![A-Za-z]/, endsAt: />/ },
  { opener: new RegExp(`^</?(?:${HTML_BLOCK_NAMES})(?=[ \\t>]|/>|$)`, "i"), endsAt: "blank" }
], HTML_OTHER_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*/;
function scanChunks(texts, bodyStart) {
  let chunks = [], current = {
    start: 0,
    end: 0,
    startsWithHeading: !1,
    uncertain: !1,
    mayHoldHeadings: !1
  }, state = NONE, previousBlank = !0;
  for (let index2 = bodyStart; index2 < texts.length; index2++) {
    let text4 = texts[index2], blank = isBlank(text4);
    if (state.kind !== "none" || blank) {
      state.kind !== "none" && (!blank && indentWidth(text4) < state.indent && (current.uncertain = !0), state = continueBlock(state, text4, blank)), previousBlank = blank;
      continue;
    }
    if (COLUMN_ZERO_ATX.test(text4)) {
      current.end = index2, current.end > current.start && chunks.push(current), current = {
        start: index2,
        end: index2,
        startsWithHeading: !0,
        uncertain: !1,
        mayHoldHeadings: !1
      }, previousBlank = !1;
      continue;
    }
    let indent2 = indentWidth(text4);
    if (indent2 < 4) {
      let trimmed = text4.trimStart(), afterHeading = current.startsWithHeading && index2 === current.start + 1, opened = openerOf(trimmed, indent2, previousBlank || afterHeading);
      opened ? (opened.uncertain && (current.uncertain = !0), state = opened.state) : (indent2 > 0 && COLUMN_ZERO_ATX.test(trimmed) || !previousBlank && SETEXT_UNDERLINE.test(trimmed)) && (current.mayHoldHeadings = !0);
    }
    previousBlank = !1;
  }
  return current.end = texts.length, current.end > current.start && chunks.push(current), chunks;
}
var NONE = { kind: "none" };
function continueBlock(state, text4, blank) {
  if (state.kind === "fence") {
    let run = /^ {0,3}(`+|~+)[ \t]*$/.exec(text4)?.[1];
    return run !== void 0 && run[0] === state.marker && run.length >= state.length ? NONE : state;
  }
  return state.endsAt === "blank" ? blank ? NONE : state : state.endsAt.test(text4) ? NONE : state;
}
function openerOf(trimmed, indent2, afterBreak) {
  let fence2 = FENCE_OPEN.exec(trimmed);
  if (fence2) {
    let run = fence2[1] ?? fence2[2];
    return {
      state: { kind: "fence", marker: run[0], length: run.length, indent: indent2 },
      uncertain: !1
    };
  }
  for (let { opener: opener2, endsAt } of HTML_STARTS) {
    if (!opener2.test(trimmed)) continue;
    return { state: endsAt !== "blank" && endsAt.test(trimmed) ? NONE : { kind: "html", endsAt, indent: indent2 }, uncertain: !1 };
  }
  return HTML_OTHER_TAG.test(trimmed) ? { state: afterBreak ? { kind: "html", endsAt: "blank", indent: indent2 } : NONE, uncertain: !0 } : null;
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  let settings = options || emptyOptions, includeImageAlt = typeof settings.includeImageAlt == "boolean" ? settings.includeImageAlt : !0, includeHtml = typeof settings.includeHtml == "boolean" ? settings.includeHtml : !0;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2)
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    if (includeImageAlt && "alt" in value2 && value2.alt)
      return value2.alt;
    if ("children" in value2)
      return all(value2.children, includeImageAlt, includeHtml);
  }
  return Array.isArray(value2) ? all(value2, includeImageAlt, includeHtml) : "";
}
function all(values, includeImageAlt, includeHtml) {
  let result = [], index2 = -1;
  for (; ++index2 < values.length; )
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  return result.join("");
}
function node(value2) {
  return !!(value2 && typeof value2 == "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: `
`,
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own.call(characterEntities, value2) ? characterEntities[value2] : !1;
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  let end = list2.length, chunkStart = 0, parameters;
  if (start < 0 ? start = -start > end ? 0 : end + start : start = start > end ? end : start, remove = remove > 0 ? remove : 0, items.length < 1e4)
    parameters = Array.from(items), parameters.unshift(start, remove), list2.splice(...parameters);
  else
    for (remove && list2.splice(start, remove); chunkStart < items.length; )
      parameters = items.slice(chunkStart, chunkStart + 1e4), parameters.unshift(start, 0), list2.splice(...parameters), chunkStart += 1e4, start += 1e4;
}
function push(list2, items) {
  return list2.length > 0 ? (splice(list2, list2.length, 0, items), list2) : items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  let all2 = {}, index2 = -1;
  for (; ++index2 < extensions.length; )
    syntaxExtension(all2, extensions[index2]);
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    let left = (hasOwnProperty.call(all2, hook) ? all2[hook] : void 0) || (all2[hook] = {}), right = extension2[hook], code2;
    if (right)
      for (code2 in right) {
        hasOwnProperty.call(left, code2) || (left[code2] = []);
        let value2 = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
  }
}
function constructs(existing, list2) {
  let index2 = -1, before = [];
  for (; ++index2 < list2.length; )
    (list2[index2].add === "after" ? existing : before).push(list2[index2]);
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  let code2 = Number.parseInt(value2, base);
  return (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111 ? "\uFFFD" : String.fromCodePoint(code2)
  );
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/), asciiAlphanumeric = regexCheck(/[\dA-Za-z]/), asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/), asciiHexDigit = regexCheck(/[\dA-Fa-f]/), asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u")), unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code2) {
    return code2 !== null && code2 > -1 && regex.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  let limit = max ? max - 1 : 1 / 0, size = 0;
  return start;
  function start(code2) {
    return markdownSpace(code2) ? (effects.enter(type), prefix(code2)) : ok2(code2);
  }
  function prefix(code2) {
    return markdownSpace(code2) && size++ < limit ? (effects.consume(code2), prefix) : (effects.exit(type), ok2(code2));
  }
}
function factorySpaceMinMax(effects, ok2, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code2) {
    return max > 0 && markdownSpace(code2) ? (effects.enter(type), prefix(code2)) : after(code2);
  }
  function prefix(code2) {
    return markdownSpace(code2) && size < max ? (effects.consume(code2), size++, prefix) : (effects.exit(type), after(code2));
  }
  function after(code2) {
    return size >= min ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  let contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial), previous3;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    return effects.enter("paragraph"), lineStart(code2);
  }
  function lineStart(code2) {
    let token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    return previous3 && (previous3.next = token), previous3 = token, data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText"), effects.exit("paragraph"), effects.consume(code2);
      return;
    }
    return markdownLineEnding(code2) ? (effects.consume(code2), effects.exit("chunkText"), lineStart) : (effects.consume(code2), data);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map(), this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, !1);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, !0);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    if (this.map.sort(function(a, b) {
      return a[0] - b[0];
    }), this.map.length === 0)
      return;
    let index2 = this.map.length, vecs = [];
    for (; index2 > 0; )
      index2 -= 1, vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]), events.length = this.map[index2][0];
    vecs.push(events.slice()), events.length = 0;
    let slice = vecs.pop();
    for (; slice; ) {
      for (let element of slice)
        events.push(element);
      slice = vecs.pop();
    }
    this.map.length = 0, this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0)
    return;
  let existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove, before ? (add.push(...existing[2]), existing[2] = add) : existing[2].push(...add);
    return;
  }
  let change = [at, remove, add];
  editMap.map.push(change), editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
}, containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  let self = this, stack = [], continued = 0, childFlow, childToken, lineStartOffset;
  return start;
  function start(code2) {
    if (continued < stack.length) {
      let item = stack[continued];
      return self.containerState = item[1], effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    if (continued++, self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0, childFlow && closeFlow();
      let indexBeforeExits = self.events.length, indexBeforeFlow = indexBeforeExits, point3;
      for (; indexBeforeFlow--; )
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      for (; index2 < self.events.length; )
        self.events[index2][1].end = {
          ...point3
        }, index2++;
      let editMap = new EditMap();
      return editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits)), editMap.add(indexBeforeExits, index2 - indexBeforeExits, []), editMap.consume(self.events), checkNewContainers(code2);
    }
    return start(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow)
        return documentContinued(code2);
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete)
        return flowStart(code2);
      self.interrupt = !!(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    return self.containerState = {}, effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    return childFlow && closeFlow(), exitContainers(continued), documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    return self.parser.lazy[self.now().line] = continued !== stack.length, lineStartOffset = self.now().offset, flowStart(code2);
  }
  function documentContinued(code2) {
    return self.containerState = {}, effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    return continued++, stack.push([self.currentConstruct, self.containerState]), documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      childFlow && closeFlow(), exitContainers(0), effects.consume(code2);
      return;
    }
    return childFlow = childFlow || self.parser.flow(self.now()), effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    }), flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), !0), exitContainers(0), effects.consume(code2);
      return;
    }
    return markdownLineEnding(code2) ? (effects.consume(code2), writeToChild(effects.exit("chunkFlow")), continued = 0, self.interrupt = void 0, start) : (effects.consume(code2), flowContinue);
  }
  function writeToChild(token, endOfFile) {
    let stream = self.sliceStream(token);
    if (endOfFile && stream.push(null), token.previous = childToken, childToken && (childToken.next = token), childToken = token, childFlow.defineSkip(token.start), childFlow.write(stream), self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      for (; index2--; )
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        )
          return;
      let indexBeforeExits = self.events.length, indexBeforeFlow = indexBeforeExits, seen, point3;
      for (; indexBeforeFlow--; )
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = !0;
        }
      for (exitContainers(continued), index2 = indexBeforeExits; index2 < self.events.length; )
        self.events[index2][1].end = {
          ...point3
        }, index2++;
      let editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits)), editMap.add(indexBeforeExits, index2 - indexBeforeExits, []), editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    for (; index2-- > size; ) {
      let entry = stack[index2];
      self.containerState = entry[1], entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]), childToken = void 0, childFlow = void 0, self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2))
    return 1;
  if (unicodePunctuation(code2))
    return 2;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  let called = [], index2 = -1;
  for (; ++index2 < constructs2.length; ) {
    let resolve = constructs2[index2].resolveAll;
    resolve && !called.includes(resolve) && (events = resolve(events, context), called.push(resolve));
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1, nextEvents;
  for (; ++index2 < events.length; )
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      for (; open--; )
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3))
            continue;
          let use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1, start = {
            ...events[open][1].end
          }, end = {
            ...events[index2][1].start
          };
          movePoint(start, -use), movePoint(end, use);
          let openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          }, closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          }, text4 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          }, group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          }, events[index2][1].start = {
            ...closingSequence.end
          }, nextEvents = [], events[open][1].end.offset - events[open][1].start.offset && (nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]])), nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]), nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context)), nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          events[index2][1].end.offset - events[index2][1].start.offset && (offset = 2, nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]])), splice(events, open - 1, index2 - open + 3, nextEvents), index2 = open + nextEvents.length - offset - 2;
          break;
        }
    }
  for (index2 = -1; ++index2 < events.length; )
    events[index2][1].type === "attentionSequence" && (events[index2][1].type = "data");
  return events;
}
function tokenizeAttention(effects, ok2) {
  let attentionMarkers2 = this.parser.constructs.attentionMarkers.null, previous3 = this.previous, before = classifyCharacter(previous3), marker;
  return start;
  function start(code2) {
    return marker = code2, effects.enter("attentionSequence"), inside(code2);
  }
  function inside(code2) {
    if (code2 === marker)
      return effects.consume(code2), inside;
    let token = effects.exit("attentionSequence"), after = classifyCharacter(code2), open = !after || after === 2 && before || attentionMarkers2.includes(code2) && code2 !== 42 && code2 !== 95, close2 = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    return token._open = !!(marker === 42 ? open : open && (before || !close2)), token._close = !!(marker === 42 ? close2 : close2 && (after || !open)), ok2(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset, point3.offset += offset, point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code2) {
    return effects.enter("autolink"), effects.enter("autolinkMarker"), effects.consume(code2), effects.exit("autolinkMarker"), effects.enter("autolinkProtocol"), open;
  }
  function open(code2) {
    return asciiAlpha(code2) ? (effects.consume(code2), schemeOrEmailAtext) : code2 === 64 ? nok(code2) : emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    return code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2) ? (size = 1, schemeInsideOrEmailAtext(code2)) : emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    return code2 === 58 ? (effects.consume(code2), size = 0, urlInside) : (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32 ? (effects.consume(code2), schemeInsideOrEmailAtext) : (size = 0, emailAtext(code2));
  }
  function urlInside(code2) {
    return code2 === 62 ? (effects.exit("autolinkProtocol"), effects.enter("autolinkMarker"), effects.consume(code2), effects.exit("autolinkMarker"), effects.exit("autolink"), ok2) : code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2) ? nok(code2) : (effects.consume(code2), urlInside);
  }
  function emailAtext(code2) {
    return code2 === 64 ? (effects.consume(code2), emailAtSignOrDot) : asciiAtext(code2) ? (effects.consume(code2), emailAtext) : nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    return code2 === 46 ? (effects.consume(code2), size = 0, emailAtSignOrDot) : code2 === 62 ? (effects.exit("autolinkProtocol").type = "autolinkEmail", effects.enter("autolinkMarker"), effects.consume(code2), effects.exit("autolinkMarker"), effects.exit("autolink"), ok2) : emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      let next = code2 === 45 ? emailValue : emailLabel;
      return effects.consume(code2), next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: !0,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  let self = this;
  return start;
  function start(code2) {
    if (code2 === 62) {
      let state = self.containerState;
      return state.open || (effects.enter("blockQuote", {
        _container: !0
      }), state.open = !0), effects.enter("blockQuotePrefix"), effects.enter("blockQuoteMarker"), effects.consume(code2), effects.exit("blockQuoteMarker"), after;
    }
    return nok(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? (effects.enter("blockQuotePrefixWhitespace"), effects.consume(code2), effects.exit("blockQuotePrefixWhitespace"), effects.exit("blockQuotePrefix"), ok2) : (effects.exit("blockQuotePrefix"), ok2(code2));
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  let self = this;
  return contStart;
  function contStart(code2) {
    return markdownSpace(code2) ? factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok2, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code2) {
    return effects.enter("characterEscape"), effects.enter("escapeMarker"), effects.consume(code2), effects.exit("escapeMarker"), inside;
  }
  function inside(code2) {
    return asciiPunctuation(code2) ? (effects.enter("characterEscapeValue"), effects.consume(code2), effects.exit("characterEscapeValue"), effects.exit("characterEscape"), ok2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  let self = this, size = 0, max, test;
  return start;
  function start(code2) {
    return effects.enter("characterReference"), effects.enter("characterReferenceMarker"), effects.consume(code2), effects.exit("characterReferenceMarker"), open;
  }
  function open(code2) {
    return code2 === 35 ? (effects.enter("characterReferenceMarkerNumeric"), effects.consume(code2), effects.exit("characterReferenceMarkerNumeric"), numeric) : (effects.enter("characterReferenceValue"), max = 31, test = asciiAlphanumeric, value2(code2));
  }
  function numeric(code2) {
    return code2 === 88 || code2 === 120 ? (effects.enter("characterReferenceMarkerHexadecimal"), effects.consume(code2), effects.exit("characterReferenceMarkerHexadecimal"), effects.enter("characterReferenceValue"), max = 6, test = asciiHexDigit, value2) : (effects.enter("characterReferenceValue"), max = 7, test = asciiDigit, value2(code2));
  }
  function value2(code2) {
    if (code2 === 59 && size) {
      let token = effects.exit("characterReferenceValue");
      return test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token)) ? nok(code2) : (effects.enter("characterReferenceMarker"), effects.consume(code2), effects.exit("characterReferenceMarker"), effects.exit("characterReference"), ok2);
    }
    return test(code2) && size++ < max ? (effects.consume(code2), value2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: !0,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  let self = this;
  return start;
  function start(code2) {
    return code2 === null ? nok(code2) : (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), after);
  }
  function after(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: !0,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  let self = this, closeStart = {
    partial: !0,
    tokenize: tokenizeCloseStart
  }, initialPrefix = 0, sizeOpen = 0, marker;
  return start;
  function start(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    let tail = self.events[self.events.length - 1];
    return initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], !0).length : 0, marker = code2, effects.enter("codeFenced"), effects.enter("codeFencedFence"), effects.enter("codeFencedFenceSequence"), sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    return code2 === marker ? (sizeOpen++, effects.consume(code2), sequenceOpen) : sizeOpen < 3 ? nok(code2) : (effects.exit("codeFencedFenceSequence"), markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2));
  }
  function infoBefore(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("codeFencedFence"), self.interrupt ? ok2(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2)) : (effects.enter("codeFencedFenceInfo"), effects.enter("chunkString", {
      contentType: "string"
    }), info(code2));
  }
  function info(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("chunkString"), effects.exit("codeFencedFenceInfo"), infoBefore(code2)) : markdownSpace(code2) ? (effects.exit("chunkString"), effects.exit("codeFencedFenceInfo"), factorySpace(effects, metaBefore, "whitespace")(code2)) : code2 === 96 && code2 === marker ? nok(code2) : (effects.consume(code2), info);
  }
  function metaBefore(code2) {
    return code2 === null || markdownLineEnding(code2) ? infoBefore(code2) : (effects.enter("codeFencedFenceMeta"), effects.enter("chunkString", {
      contentType: "string"
    }), meta(code2));
  }
  function meta(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("chunkString"), effects.exit("codeFencedFenceMeta"), infoBefore(code2)) : code2 === 96 && code2 === marker ? nok(code2) : (effects.consume(code2), meta);
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    return code2 === null || markdownLineEnding(code2) ? effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2) : (effects.enter("codeFlowValue"), contentChunk(code2));
  }
  function contentChunk(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("codeFlowValue"), beforeContentChunk(code2)) : (effects.consume(code2), contentChunk);
  }
  function after(code2) {
    return effects.exit("codeFenced"), ok2(code2);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      return effects2.enter("lineEnding"), effects2.consume(code2), effects2.exit("lineEnding"), start2;
    }
    function start2(code2) {
      return effects2.enter("codeFencedFence"), markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      return code2 === marker ? (effects2.enter("codeFencedFenceSequence"), sequenceClose(code2)) : nok2(code2);
    }
    function sequenceClose(code2) {
      return code2 === marker ? (size++, effects2.consume(code2), sequenceClose) : size >= sizeOpen ? (effects2.exit("codeFencedFenceSequence"), markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2)) : nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      return code2 === null || markdownLineEnding(code2) ? (effects2.exit("codeFencedFence"), ok3(code2)) : nok2(code2);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
}, furtherStart = {
  partial: !0,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  return start;
  function start(code2) {
    return effects.enter("codeIndented"), factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code2);
  }
  function atBreak(code2) {
    return code2 === null ? after(code2) : markdownLineEnding(code2) ? effects.attempt(furtherStart, atBreak, after)(code2) : (effects.enter("codeFlowValue"), inside(code2));
  }
  function inside(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("codeFlowValue"), atBreak(code2)) : (effects.consume(code2), inside);
  }
  function after(code2) {
    return effects.exit("codeIndented"), ok2(code2);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  let self = this;
  return furtherStart2;
  function furtherStart2(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : markdownLineEnding(code2) ? (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), furtherStart2) : factorySpaceMinMax(effects, ok2, onNotEnoughPrefix, "linePrefix", 4, 4)(code2);
  }
  function onNotEnoughPrefix(code2) {
    return markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4, headEnterIndex = 3, index2, enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    for (index2 = headEnterIndex; ++index2 < tailExitIndex; )
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding", events[tailExitIndex][1].type = "codeTextPadding", headEnterIndex += 2, tailExitIndex -= 2;
        break;
      }
  }
  for (index2 = headEnterIndex - 1, tailExitIndex++; ++index2 <= tailExitIndex; )
    enter === void 0 ? index2 !== tailExitIndex && events[index2][1].type !== "lineEnding" && (enter = index2) : (index2 === tailExitIndex || events[index2][1].type === "lineEnding") && (events[enter][1].type = "codeTextData", index2 !== enter + 2 && (events[enter][1].end = events[index2 - 1][1].end, events.splice(enter + 2, index2 - enter - 2), tailExitIndex -= index2 - enter - 2, index2 = enter + 2), enter = void 0);
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  let self = this, sizeOpen = 0, size, token;
  return start;
  function start(code2) {
    return effects.enter("codeText"), effects.enter("codeTextSequence"), sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    return code2 === 96 ? (effects.consume(code2), sizeOpen++, sequenceOpen) : (effects.exit("codeTextSequence"), between(code2));
  }
  function between(code2) {
    return code2 === null ? nok(code2) : code2 === 32 ? (effects.enter("space"), effects.consume(code2), effects.exit("space"), between) : code2 === 96 ? (token = effects.enter("codeTextSequence"), size = 0, sequenceClose(code2)) : markdownLineEnding(code2) ? (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), between) : (effects.enter("codeTextData"), data(code2));
  }
  function data(code2) {
    return code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2) ? (effects.exit("codeTextData"), between(code2)) : (effects.consume(code2), data);
  }
  function sequenceClose(code2) {
    return code2 === 96 ? (effects.consume(code2), size++, sequenceClose) : size === sizeOpen ? (effects.exit("codeTextSequence"), effects.exit("codeText"), ok2(code2)) : (token.type = "codeTextData", data(code2));
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [], this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length)
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    return index2 < this.left.length ? this.left[index2] : this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    return this.setCursor(0), this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    let stop = end ?? Number.POSITIVE_INFINITY;
    return stop < this.left.length ? this.left.slice(start, stop) : start > this.left.length ? this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse() : this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    let count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    let removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    return items && chunkedPush(this.left, items), removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    return this.setCursor(Number.POSITIVE_INFINITY), this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY), this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY), chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0), this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0), chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (!(n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0))
      if (n < this.left.length) {
        let removed = this.left.splice(n, Number.POSITIVE_INFINITY);
        chunkedPush(this.right, removed.reverse());
      } else {
        let removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
        chunkedPush(this.left, removed.reverse());
      }
  }
};
function chunkedPush(list2, right) {
  let chunkStart = 0;
  if (right.length < 1e4)
    list2.push(...right);
  else
    for (; chunkStart < right.length; )
      list2.push(...right.slice(chunkStart, chunkStart + 1e4)), chunkStart += 1e4;
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  let jumps = {}, index2 = -1, event, lineIndex, otherIndex, otherEvent, parameters, subevents, more, events = new SpliceBuffer(eventsArray);
  for (; ++index2 < events.length; ) {
    for (; index2 in jumps; )
      index2 = jumps[index2];
    if (event = events.get(index2), index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix" && (subevents = event[1]._tokenizer.events, otherIndex = 0, otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank" && (otherIndex += 2), otherIndex < subevents.length && subevents[otherIndex][1].type === "content"))
      for (; ++otherIndex < subevents.length && subevents[otherIndex][1].type !== "content"; )
        subevents[otherIndex][1].type === "chunkText" && (subevents[otherIndex][1]._isInFirstContentOfListItem = !0, otherIndex++);
    if (event[0] === "enter")
      event[1].contentType && (Object.assign(jumps, subcontent(events, index2)), index2 = jumps[index2], more = !0);
    else if (event[1]._container) {
      for (otherIndex = index2, lineIndex = void 0; otherIndex--; )
        if (otherEvent = events.get(otherIndex), otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank")
          otherEvent[0] === "enter" && (lineIndex && (events.get(lineIndex)[1].type = "lineEndingBlank"), otherEvent[1].type = "lineEnding", lineIndex = otherIndex);
        else if (!(otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent"))
          break;
      lineIndex && (event[1].end = {
        ...events.get(lineIndex)[1].start
      }, parameters = events.slice(lineIndex, index2), parameters.unshift(event), events.splice(lineIndex, index2 - lineIndex + 1, parameters));
    }
  }
  return splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0)), !more;
}
function subcontent(events, eventIndex) {
  let token = events.get(eventIndex)[1], context = events.get(eventIndex)[2], startPosition = eventIndex - 1, startPositions = [], tokenizer = token._tokenizer;
  tokenizer || (tokenizer = context.parser[token.contentType](token.start), token._contentTypeTextTrailing && (tokenizer._contentTypeTextTrailing = !0));
  let childEvents = tokenizer.events, jumps = [], gaps = {}, stream, previous3, index2 = -1, current = token, adjust = 0, start = 0, breaks = [start];
  for (; current; ) {
    for (; events.get(++startPosition)[1] !== current; )
      ;
    startPositions.push(startPosition), current._tokenizer || (stream = context.sliceStream(current), current.next || stream.push(null), previous3 && tokenizer.defineSkip(current.start), current._isInFirstContentOfListItem && (tokenizer._gfmTasklistFirstContentOfListItem = !0), tokenizer.write(stream), current._isInFirstContentOfListItem && (tokenizer._gfmTasklistFirstContentOfListItem = void 0)), previous3 = current, current = current.next;
  }
  for (current = token; ++index2 < childEvents.length; )
    // Find a void token that includes a break.
    childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line && (start = index2 + 1, breaks.push(start), current._tokenizer = void 0, current.previous = void 0, current = current.next);
  for (tokenizer.events = [], current ? (current._tokenizer = void 0, current.previous = void 0) : breaks.pop(), index2 = breaks.length; index2--; ) {
    let slice = childEvents.slice(breaks[index2], breaks[index2 + 1]), start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]), events.splice(start2, 2, slice);
  }
  for (jumps.reverse(), index2 = -1; ++index2 < jumps.length; )
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1], adjust += jumps[index2][1] - jumps[index2][0] - 1;
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
}, continuationConstruct = {
  partial: !0,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  return subtokenize(events), events;
}
function tokenizeContent(effects, ok2) {
  let previous3;
  return chunkStart;
  function chunkStart(code2) {
    return effects.enter("content"), previous3 = effects.enter("chunkContent", {
      contentType: "content"
    }), chunkInside(code2);
  }
  function chunkInside(code2) {
    return code2 === null ? contentEnd(code2) : markdownLineEnding(code2) ? effects.check(continuationConstruct, contentContinue, contentEnd)(code2) : (effects.consume(code2), chunkInside);
  }
  function contentEnd(code2) {
    return effects.exit("chunkContent"), effects.exit("content"), ok2(code2);
  }
  function contentContinue(code2) {
    return effects.consume(code2), effects.exit("chunkContent"), previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    }), previous3 = previous3.next, chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  let self = this;
  return startLookahead;
  function startLookahead(code2) {
    return effects.exit("chunkContent"), effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2))
      return nok(code2);
    let tail = self.events[self.events.length - 1];
    return !self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], !0).length >= 4 ? ok2(code2) : effects.interrupt(self.parser.constructs.flow, nok, ok2)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  let limit = max || Number.POSITIVE_INFINITY, balance = 0;
  return start;
  function start(code2) {
    return code2 === 60 ? (effects.enter(type), effects.enter(literalType), effects.enter(literalMarkerType), effects.consume(code2), effects.exit(literalMarkerType), enclosedBefore) : code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2) ? nok(code2) : (effects.enter(type), effects.enter(rawType), effects.enter(stringType), effects.enter("chunkString", {
      contentType: "string"
    }), raw(code2));
  }
  function enclosedBefore(code2) {
    return code2 === 62 ? (effects.enter(literalMarkerType), effects.consume(code2), effects.exit(literalMarkerType), effects.exit(literalType), effects.exit(type), ok2) : (effects.enter(stringType), effects.enter("chunkString", {
      contentType: "string"
    }), enclosed(code2));
  }
  function enclosed(code2) {
    return code2 === 62 ? (effects.exit("chunkString"), effects.exit(stringType), enclosedBefore(code2)) : code2 === null || code2 === 60 || markdownLineEnding(code2) ? nok(code2) : (effects.consume(code2), code2 === 92 ? enclosedEscape : enclosed);
  }
  function enclosedEscape(code2) {
    return code2 === 60 || code2 === 62 || code2 === 92 ? (effects.consume(code2), enclosed) : enclosed(code2);
  }
  function raw(code2) {
    return !balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2)) ? (effects.exit("chunkString"), effects.exit(stringType), effects.exit(rawType), effects.exit(type), ok2(code2)) : balance < limit && code2 === 40 ? (effects.consume(code2), balance++, raw) : code2 === 41 ? (effects.consume(code2), balance--, raw) : code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2) ? nok(code2) : (effects.consume(code2), code2 === 92 ? rawEscape : raw);
  }
  function rawEscape(code2) {
    return code2 === 40 || code2 === 41 || code2 === 92 ? (effects.consume(code2), raw) : raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  let self = this, size = 0, seen;
  return start;
  function start(code2) {
    return effects.enter(type), effects.enter(markerType), effects.consume(code2), effects.exit(markerType), effects.enter(stringType), atBreak;
  }
  function atBreak(code2) {
    return size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs ? nok(code2) : code2 === 93 ? (effects.exit(stringType), effects.enter(markerType), effects.consume(code2), effects.exit(markerType), effects.exit(type), ok2) : markdownLineEnding(code2) ? (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), atBreak) : (effects.enter("chunkString", {
      contentType: "string"
    }), labelInside(code2));
  }
  function labelInside(code2) {
    return code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999 ? (effects.exit("chunkString"), atBreak(code2)) : (effects.consume(code2), seen || (seen = !markdownSpace(code2)), code2 === 92 ? labelEscape : labelInside);
  }
  function labelEscape(code2) {
    return code2 === 91 || code2 === 92 || code2 === 93 ? (effects.consume(code2), size++, labelInside) : labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code2) {
    return code2 === 34 || code2 === 39 || code2 === 40 ? (effects.enter(type), effects.enter(markerType), effects.consume(code2), effects.exit(markerType), marker = code2 === 40 ? 41 : code2, begin) : nok(code2);
  }
  function begin(code2) {
    return code2 === marker ? (effects.enter(markerType), effects.consume(code2), effects.exit(markerType), effects.exit(type), ok2) : (effects.enter(stringType), atBreak(code2));
  }
  function atBreak(code2) {
    return code2 === marker ? (effects.exit(stringType), begin(marker)) : code2 === null ? nok(code2) : markdownLineEnding(code2) ? (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), factorySpace(effects, atBreak, "linePrefix")) : (effects.enter("chunkString", {
      contentType: "string"
    }), inside(code2));
  }
  function inside(code2) {
    return code2 === marker || code2 === null || markdownLineEnding(code2) ? (effects.exit("chunkString"), atBreak(code2)) : (effects.consume(code2), code2 === 92 ? escape : inside);
  }
  function escape(code2) {
    return code2 === marker || code2 === 92 ? (effects.consume(code2), inside) : inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code2) {
    return markdownLineEnding(code2) ? (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), seen = !0, start) : markdownSpace(code2) ? factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code2) : ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
}, titleBefore = {
  partial: !0,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  let self = this, identifier;
  return start;
  function start(code2) {
    return effects.enter("definition"), before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    return identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1)), code2 === 58 ? (effects.enter("definitionMarker"), effects.consume(code2), effects.exit("definitionMarker"), markerAfter) : nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("definition"), self.parser.defined.push(identifier), ok2(code2)) : nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code2) {
    return effects.enter("hardBreakEscape"), effects.consume(code2), after;
  }
  function after(code2) {
    return markdownLineEnding(code2) ? (effects.exit("hardBreakEscape"), ok2(code2)) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2, contentStart = 3;
  if (events[contentStart][1].type === "whitespace" && (contentStart += 2), contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace" && (contentEnd -= 2), events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace") && (contentEnd -= contentStart + 1 === contentEnd ? 2 : 4), contentEnd > contentStart) {
    let content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    }, text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code2) {
    return effects.enter("atxHeading"), before(code2);
  }
  function before(code2) {
    return effects.enter("atxHeadingSequence"), sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    return code2 === 35 && size++ < 6 ? (effects.consume(code2), sequenceOpen) : code2 === null || markdownLineEndingOrSpace(code2) ? (effects.exit("atxHeadingSequence"), atBreak(code2)) : nok(code2);
  }
  function atBreak(code2) {
    return code2 === 35 ? (effects.enter("atxHeadingSequence"), sequenceFurther(code2)) : code2 === null || markdownLineEnding(code2) ? (effects.exit("atxHeading"), ok2(code2)) : markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : (effects.enter("atxHeadingText"), data(code2));
  }
  function sequenceFurther(code2) {
    return code2 === 35 ? (effects.consume(code2), sequenceFurther) : (effects.exit("atxHeadingSequence"), atBreak(code2));
  }
  function data(code2) {
    return code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2) ? (effects.exit("atxHeadingText"), atBreak(code2)) : (effects.consume(code2), data);
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
], htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: !0,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
}, blankLineBefore = {
  partial: !0,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  for (; index2-- && !(events[index2][0] === "enter" && events[index2][1].type === "htmlFlow"); )
    ;
  return index2 > 1 && events[index2 - 2][1].type === "linePrefix" && (events[index2][1].start = events[index2 - 2][1].start, events[index2 + 1][1].start = events[index2 - 2][1].start, events.splice(index2 - 2, 2)), events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  let self = this, marker, closingTag, buffer, index2, markerB;
  return start;
  function start(code2) {
    return before(code2);
  }
  function before(code2) {
    return effects.enter("htmlFlow"), effects.enter("htmlFlowData"), effects.consume(code2), open;
  }
  function open(code2) {
    return code2 === 33 ? (effects.consume(code2), declarationOpen) : code2 === 47 ? (effects.consume(code2), closingTag = !0, tagCloseStart) : code2 === 63 ? (effects.consume(code2), marker = 3, self.interrupt ? ok2 : continuationDeclarationInside) : asciiAlpha(code2) ? (effects.consume(code2), buffer = String.fromCharCode(code2), tagName) : nok(code2);
  }
  function declarationOpen(code2) {
    return code2 === 45 ? (effects.consume(code2), marker = 2, commentOpenInside) : code2 === 91 ? (effects.consume(code2), marker = 5, index2 = 0, cdataOpenInside) : asciiAlpha(code2) ? (effects.consume(code2), marker = 4, self.interrupt ? ok2 : continuationDeclarationInside) : nok(code2);
  }
  function commentOpenInside(code2) {
    return code2 === 45 ? (effects.consume(code2), self.interrupt ? ok2 : continuationDeclarationInside) : nok(code2);
  }
  function cdataOpenInside(code2) {
    let value2 = "CDATA[";
    return code2 === value2.charCodeAt(index2++) ? (effects.consume(code2), index2 === value2.length ? self.interrupt ? ok2 : continuation : cdataOpenInside) : nok(code2);
  }
  function tagCloseStart(code2) {
    return asciiAlpha(code2) ? (effects.consume(code2), buffer = String.fromCharCode(code2), tagName) : nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      let slash = code2 === 47, name = buffer.toLowerCase();
      return !slash && !closingTag && htmlRawNames.includes(name) ? (marker = 1, self.interrupt ? ok2(code2) : continuation(code2)) : htmlBlockNames.includes(buffer.toLowerCase()) ? (marker = 6, slash ? (effects.consume(code2), basicSelfClosing) : self.interrupt ? ok2(code2) : continuation(code2)) : (marker = 7, self.interrupt && !self.parser.lazy[self.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2));
    }
    return code2 === 45 || asciiAlphanumeric(code2) ? (effects.consume(code2), buffer += String.fromCharCode(code2), tagName) : nok(code2);
  }
  function basicSelfClosing(code2) {
    return code2 === 62 ? (effects.consume(code2), self.interrupt ? ok2 : continuation) : nok(code2);
  }
  function completeClosingTagAfter(code2) {
    return markdownSpace(code2) ? (effects.consume(code2), completeClosingTagAfter) : completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    return code2 === 47 ? (effects.consume(code2), completeEnd) : code2 === 58 || code2 === 95 || asciiAlpha(code2) ? (effects.consume(code2), completeAttributeName) : markdownSpace(code2) ? (effects.consume(code2), completeAttributeNameBefore) : completeEnd(code2);
  }
  function completeAttributeName(code2) {
    return code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2) ? (effects.consume(code2), completeAttributeName) : completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    return code2 === 61 ? (effects.consume(code2), completeAttributeValueBefore) : markdownSpace(code2) ? (effects.consume(code2), completeAttributeNameAfter) : completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    return code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 ? nok(code2) : code2 === 34 || code2 === 39 ? (effects.consume(code2), markerB = code2, completeAttributeValueQuoted) : markdownSpace(code2) ? (effects.consume(code2), completeAttributeValueBefore) : completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    return code2 === markerB ? (effects.consume(code2), markerB = null, completeAttributeValueQuotedAfter) : code2 === null || markdownLineEnding(code2) ? nok(code2) : (effects.consume(code2), completeAttributeValueQuoted);
  }
  function completeAttributeValueUnquoted(code2) {
    return code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2) ? completeAttributeNameAfter(code2) : (effects.consume(code2), completeAttributeValueUnquoted);
  }
  function completeAttributeValueQuotedAfter(code2) {
    return code2 === 47 || code2 === 62 || markdownSpace(code2) ? completeAttributeNameBefore(code2) : nok(code2);
  }
  function completeEnd(code2) {
    return code2 === 62 ? (effects.consume(code2), completeAfter) : nok(code2);
  }
  function completeAfter(code2) {
    return code2 === null || markdownLineEnding(code2) ? continuation(code2) : markdownSpace(code2) ? (effects.consume(code2), completeAfter) : nok(code2);
  }
  function continuation(code2) {
    return code2 === 45 && marker === 2 ? (effects.consume(code2), continuationCommentInside) : code2 === 60 && marker === 1 ? (effects.consume(code2), continuationRawTagOpen) : code2 === 62 && marker === 4 ? (effects.consume(code2), continuationClose) : code2 === 63 && marker === 3 ? (effects.consume(code2), continuationDeclarationInside) : code2 === 93 && marker === 5 ? (effects.consume(code2), continuationCdataInside) : markdownLineEnding(code2) && (marker === 6 || marker === 7) ? (effects.exit("htmlFlowData"), effects.check(blankLineBefore, continuationAfter, continuationStart)(code2)) : code2 === null || markdownLineEnding(code2) ? (effects.exit("htmlFlowData"), continuationStart(code2)) : (effects.consume(code2), continuation);
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), continuationBefore;
  }
  function continuationBefore(code2) {
    return code2 === null || markdownLineEnding(code2) ? continuationStart(code2) : (effects.enter("htmlFlowData"), continuation(code2));
  }
  function continuationCommentInside(code2) {
    return code2 === 45 ? (effects.consume(code2), continuationDeclarationInside) : continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    return code2 === 47 ? (effects.consume(code2), buffer = "", continuationRawEndTag) : continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      let name = buffer.toLowerCase();
      return htmlRawNames.includes(name) ? (effects.consume(code2), continuationClose) : continuation(code2);
    }
    return asciiAlpha(code2) && buffer.length < 8 ? (effects.consume(code2), buffer += String.fromCharCode(code2), continuationRawEndTag) : continuation(code2);
  }
  function continuationCdataInside(code2) {
    return code2 === 93 ? (effects.consume(code2), continuationDeclarationInside) : continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    return code2 === 62 ? (effects.consume(code2), continuationClose) : code2 === 45 && marker === 2 ? (effects.consume(code2), continuationDeclarationInside) : continuation(code2);
  }
  function continuationClose(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("htmlFlowData"), continuationAfter(code2)) : (effects.consume(code2), continuationClose);
  }
  function continuationAfter(code2) {
    return effects.exit("htmlFlow"), ok2(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code2) {
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  let self = this, marker, index2, returnState;
  return start;
  function start(code2) {
    return effects.enter("htmlText"), effects.enter("htmlTextData"), effects.consume(code2), open;
  }
  function open(code2) {
    return code2 === 33 ? (effects.consume(code2), declarationOpen) : code2 === 47 ? (effects.consume(code2), tagCloseStart) : code2 === 63 ? (effects.consume(code2), instruction) : asciiAlpha(code2) ? (effects.consume(code2), tagOpen) : nok(code2);
  }
  function declarationOpen(code2) {
    return code2 === 45 ? (effects.consume(code2), commentOpenInside) : code2 === 91 ? (effects.consume(code2), index2 = 0, cdataOpenInside) : asciiAlpha(code2) ? (effects.consume(code2), declaration) : nok(code2);
  }
  function commentOpenInside(code2) {
    return code2 === 45 ? (effects.consume(code2), commentEnd) : nok(code2);
  }
  function comment(code2) {
    return code2 === null ? nok(code2) : code2 === 45 ? (effects.consume(code2), commentClose) : markdownLineEnding(code2) ? (returnState = comment, lineEndingBefore(code2)) : (effects.consume(code2), comment);
  }
  function commentClose(code2) {
    return code2 === 45 ? (effects.consume(code2), commentEnd) : comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    let value2 = "CDATA[";
    return code2 === value2.charCodeAt(index2++) ? (effects.consume(code2), index2 === value2.length ? cdata : cdataOpenInside) : nok(code2);
  }
  function cdata(code2) {
    return code2 === null ? nok(code2) : code2 === 93 ? (effects.consume(code2), cdataClose) : markdownLineEnding(code2) ? (returnState = cdata, lineEndingBefore(code2)) : (effects.consume(code2), cdata);
  }
  function cdataClose(code2) {
    return code2 === 93 ? (effects.consume(code2), cdataEnd) : cdata(code2);
  }
  function cdataEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 93 ? (effects.consume(code2), cdataEnd) : cdata(code2);
  }
  function declaration(code2) {
    return code2 === null || code2 === 62 ? end(code2) : markdownLineEnding(code2) ? (returnState = declaration, lineEndingBefore(code2)) : (effects.consume(code2), declaration);
  }
  function instruction(code2) {
    return code2 === null ? nok(code2) : code2 === 63 ? (effects.consume(code2), instructionClose) : markdownLineEnding(code2) ? (returnState = instruction, lineEndingBefore(code2)) : (effects.consume(code2), instruction);
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    return asciiAlpha(code2) ? (effects.consume(code2), tagClose) : nok(code2);
  }
  function tagClose(code2) {
    return code2 === 45 || asciiAlphanumeric(code2) ? (effects.consume(code2), tagClose) : tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    return markdownLineEnding(code2) ? (returnState = tagCloseBetween, lineEndingBefore(code2)) : markdownSpace(code2) ? (effects.consume(code2), tagCloseBetween) : end(code2);
  }
  function tagOpen(code2) {
    return code2 === 45 || asciiAlphanumeric(code2) ? (effects.consume(code2), tagOpen) : code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2) ? tagOpenBetween(code2) : nok(code2);
  }
  function tagOpenBetween(code2) {
    return code2 === 47 ? (effects.consume(code2), end) : code2 === 58 || code2 === 95 || asciiAlpha(code2) ? (effects.consume(code2), tagOpenAttributeName) : markdownLineEnding(code2) ? (returnState = tagOpenBetween, lineEndingBefore(code2)) : markdownSpace(code2) ? (effects.consume(code2), tagOpenBetween) : end(code2);
  }
  function tagOpenAttributeName(code2) {
    return code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2) ? (effects.consume(code2), tagOpenAttributeName) : tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    return code2 === 61 ? (effects.consume(code2), tagOpenAttributeValueBefore) : markdownLineEnding(code2) ? (returnState = tagOpenAttributeNameAfter, lineEndingBefore(code2)) : markdownSpace(code2) ? (effects.consume(code2), tagOpenAttributeNameAfter) : tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    return code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 ? nok(code2) : code2 === 34 || code2 === 39 ? (effects.consume(code2), marker = code2, tagOpenAttributeValueQuoted) : markdownLineEnding(code2) ? (returnState = tagOpenAttributeValueBefore, lineEndingBefore(code2)) : markdownSpace(code2) ? (effects.consume(code2), tagOpenAttributeValueBefore) : (effects.consume(code2), tagOpenAttributeValueUnquoted);
  }
  function tagOpenAttributeValueQuoted(code2) {
    return code2 === marker ? (effects.consume(code2), marker = void 0, tagOpenAttributeValueQuotedAfter) : code2 === null ? nok(code2) : markdownLineEnding(code2) ? (returnState = tagOpenAttributeValueQuoted, lineEndingBefore(code2)) : (effects.consume(code2), tagOpenAttributeValueQuoted);
  }
  function tagOpenAttributeValueUnquoted(code2) {
    return code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96 ? nok(code2) : code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2) ? tagOpenBetween(code2) : (effects.consume(code2), tagOpenAttributeValueUnquoted);
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    return code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2) ? tagOpenBetween(code2) : nok(code2);
  }
  function end(code2) {
    return code2 === 62 ? (effects.consume(code2), effects.exit("htmlTextData"), effects.exit("htmlText"), ok2) : nok(code2);
  }
  function lineEndingBefore(code2) {
    return effects.exit("htmlTextData"), effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    return effects.enter("htmlTextData"), returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
}, resourceConstruct = {
  tokenize: tokenizeResource
}, referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
}, referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1, newEvents = [];
  for (; ++index2 < events.length; ) {
    let token = events[index2][1];
    if (newEvents.push(events[index2]), token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      let offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data", index2 += offset;
    }
  }
  return events.length !== newEvents.length && splice(events, 0, events.length, newEvents), events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length, offset = 0, open, close2, media;
  for (; index2--; ) {
    let token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive)
        break;
      events[index2][0] === "enter" && token.type === "labelLink" && (token._inactive = !0);
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced && (open = index2, token.type !== "labelLink")) {
        offset = 2;
        break;
      }
    } else token.type === "labelEnd" && (close2 = index2);
  }
  let group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  }, label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  }, text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  return media = [["enter", group, context], ["enter", label, context]], media = push(media, events.slice(open + 1, open + offset + 3)), media = push(media, [["enter", text4, context]]), media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context)), media = push(media, [["exit", text4, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]), media = push(media, events.slice(close2 + 1)), media = push(media, [["exit", group, context]]), splice(events, open, events.length, media), events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  let self = this, labelStarts = self._labelStarts, labelStart, defined;
  if (labelStarts) {
    for (; labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced; )
      labelStarts.pop();
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code2) {
    return labelStart ? labelStart._inactive ? labelEndNok(code2) : (defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }))), effects.enter("labelEnd"), effects.enter("labelMarker"), effects.consume(code2), effects.exit("labelMarker"), effects.exit("labelEnd"), after) : nok(code2);
  }
  function after(code2) {
    return code2 === 40 ? effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2) : code2 === 91 ? effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2) : defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    return labelStarts.pop(), ok2(code2);
  }
  function labelEndNok(code2) {
    return labelStart._balanced = !0, nok(code2);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code2) {
    return effects.enter("resource"), effects.enter("resourceMarker"), effects.consume(code2), effects.exit("resourceMarker"), resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    return code2 === 41 ? resourceEnd(code2) : factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    return code2 === 34 || code2 === 39 || code2 === 40 ? factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2) : resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    return code2 === 41 ? (effects.enter("resourceMarker"), effects.consume(code2), effects.exit("resourceMarker"), effects.exit("resource"), ok2) : nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  let self = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    return effects.enter("reference"), effects.enter("referenceMarker"), effects.consume(code2), effects.exit("referenceMarker"), referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    return code2 === 93 ? (effects.enter("referenceMarker"), effects.consume(code2), effects.exit("referenceMarker"), effects.exit("reference"), ok2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  let self = this, labelImage;
  return start;
  function start(code2) {
    return effects.enter("labelImage"), effects.enter("labelImageMarker"), effects.consume(code2), effects.exit("labelImageMarker"), open;
  }
  function open(code2) {
    return code2 === 91 ? (effects.enter("labelMarker"), effects.consume(code2), effects.exit("labelMarker"), labelImage = effects.exit("labelImage"), after) : nok(code2);
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs ? nok(code2) : (self._labelStarts = self._labelStarts || [], self._labelStarts.push(labelImage), ok2(code2));
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  let self = this, labelLink;
  return start;
  function start(code2) {
    return effects.enter("labelLink"), effects.enter("labelMarker"), effects.consume(code2), effects.exit("labelMarker"), labelLink = effects.exit("labelLink"), after;
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs ? nok(code2) : (self._labelStarts = self._labelStarts || [], self._labelStarts.push(labelLink), ok2(code2));
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code2) {
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0, marker;
  return start;
  function start(code2) {
    return effects.enter("thematicBreak"), before(code2);
  }
  function before(code2) {
    return marker = code2, atBreak(code2);
  }
  function atBreak(code2) {
    return code2 === marker ? (effects.enter("thematicBreakSequence"), sequence(code2)) : size >= 3 && (code2 === null || markdownLineEnding(code2)) ? (effects.exit("thematicBreak"), ok2(code2)) : nok(code2);
  }
  function sequence(code2) {
    return code2 === marker ? (effects.consume(code2), size++, sequence) : (effects.exit("thematicBreakSequence"), markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2));
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
}, listItemPrefixWhitespaceConstruct = {
  partial: !0,
  tokenize: tokenizeListItemPrefixWhitespace
}, indentConstruct = {
  partial: !0,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  let self = this, tail = self.events[self.events.length - 1], initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], !0).length : 0, size = 0;
  return start;
  function start(code2) {
    let kind = self.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code2 === self.containerState.marker : asciiDigit(code2)) {
      if (self.containerState.type || (self.containerState.type = kind, effects.enter(kind, {
        _container: !0
      })), kind === "listUnordered")
        return effects.enter("listItemPrefix"), code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      if (!self.interrupt || code2 === 49)
        return effects.enter("listItemPrefix"), effects.enter("listItemValue"), inside(code2);
    }
    return nok(code2);
  }
  function inside(code2) {
    return asciiDigit(code2) && ++size < 10 ? (effects.consume(code2), inside) : (!self.interrupt || size < 2) && (self.containerState.marker ? code2 === self.containerState.marker : code2 === 41 || code2 === 46) ? (effects.exit("listItemValue"), atMarker(code2)) : nok(code2);
  }
  function atMarker(code2) {
    return effects.enter("listItemMarker"), effects.consume(code2), effects.exit("listItemMarker"), self.containerState.marker = self.containerState.marker || code2, effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    return self.containerState.initialBlankLine = !0, initialSize++, endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    return markdownSpace(code2) ? (effects.enter("listItemPrefixWhitespace"), effects.consume(code2), effects.exit("listItemPrefixWhitespace"), endOfPrefix) : nok(code2);
  }
  function endOfPrefix(code2) {
    return self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), !0).length, ok2(code2);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  let self = this;
  return self.containerState._closeFlow = void 0, effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    return self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine, factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    return self.containerState.furtherBlankLines || !markdownSpace(code2) ? (self.containerState.furtherBlankLines = void 0, self.containerState.initialBlankLine = void 0, notInCurrentItem(code2)) : (self.containerState.furtherBlankLines = void 0, self.containerState.initialBlankLine = void 0, effects.attempt(indentConstruct, ok2, notInCurrentItem)(code2));
  }
  function notInCurrentItem(code2) {
    return self.containerState._closeFlow = !0, self.interrupt = void 0, factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  let self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code2) {
    let tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], !0).length === self.containerState.size ? ok2(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  let self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 5);
  function afterPrefix(code2) {
    let tail = self.events[self.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  let editMap = new EditMap(), index2 = events.length, content3, text4, definition2;
  for (; index2--; )
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      events[index2][1].type === "paragraph" && (text4 = index2);
    } else
      events[index2][1].type === "content" && editMap.add(index2, 1, []), !definition2 && events[index2][1].type === "definition" && (definition2 = index2);
  let heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  return events[text4][1].type = "setextHeadingText", definition2 ? (editMap.add(text4, 0, [["enter", heading, context]]), editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]), events[content3][1].end = {
    ...events[definition2][1].end
  }) : events[content3][1] = heading, editMap.add(events.length, 0, [["exit", heading, context]]), editMap.consume(events), events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  let self = this, marker;
  return start;
  function start(code2) {
    let index2 = self.events.length, paragraph;
    for (; index2--; )
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    return !self.parser.lazy[self.now().line] && (self.interrupt || paragraph) ? (effects.enter("setextHeadingLine"), marker = code2, before(code2)) : nok(code2);
  }
  function before(code2) {
    return effects.enter("setextHeadingLineSequence"), inside(code2);
  }
  function inside(code2) {
    return code2 === marker ? (effects.consume(code2), inside) : (effects.exit("setextHeadingLineSequence"), markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2));
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? (effects.exit("setextHeadingLine"), ok2(code2)) : nok(code2);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  let self = this, initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    return effects.enter("lineEndingBlank"), effects.consume(code2), effects.exit("lineEndingBlank"), self.currentConstruct = void 0, initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    return effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), self.currentConstruct = void 0, initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
}, string = initializeFactory("string"), text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    let self = this, constructs2 = this.parser.constructs[field], text4 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      return effects.enter("data"), effects.consume(code2), data;
    }
    function data(code2) {
      return atBreak(code2) ? (effects.exit("data"), text4(code2)) : (effects.consume(code2), data);
    }
    function atBreak(code2) {
      if (code2 === null)
        return !0;
      let list2 = constructs2[code2], index2 = -1;
      if (list2)
        for (; ++index2 < list2.length; ) {
          let item = list2[index2];
          if (!item.previous || item.previous.call(self, self.previous))
            return !0;
        }
      return !1;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1, enter;
    for (; ++index2 <= events.length; )
      enter === void 0 ? events[index2] && events[index2][1].type === "data" && (enter = index2, index2++) : (!events[index2] || events[index2][1].type !== "data") && (index2 !== enter + 2 && (events[enter][1].end = events[index2 - 1][1].end, events.splice(enter + 2, index2 - enter - 2), index2 = enter + 2), enter = void 0);
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  let editMap = new EditMap(), eventIndex = 0;
  for (; ++eventIndex <= events.length; )
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      let data = events[eventIndex - 1][1], chunks = context.sliceStream(data), index2 = chunks.length, bufferIndex = -1, size = 0, tabs;
      for (; index2--; ) {
        let chunk = chunks[index2];
        if (typeof chunk == "string") {
          for (bufferIndex = chunk.length; chunk.charCodeAt(bufferIndex - 1) === 32; )
            size++, bufferIndex--;
          if (bufferIndex)
            break;
          bufferIndex = -1;
        } else if (chunk === -2)
          tabs = !0, size++;
        else if (chunk !== -1) {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length && (size = 0), size) {
        let token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        }, data.start.offset === data.end.offset ? Object.assign(data, token) : editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
      }
      eventIndex++;
    }
  return editMap.consume(events), events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  42: list,
  43: list,
  45: list,
  48: list,
  49: list,
  50: list,
  51: list,
  52: list,
  53: list,
  54: list,
  55: list,
  56: list,
  57: list,
  62: blockQuote
}, contentInitial = {
  91: definition
}, flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  32: codeIndented
}, flow2 = {
  35: headingAtx,
  42: thematicBreak,
  45: [setextUnderline, thematicBreak],
  60: htmlFlow,
  61: setextUnderline,
  95: thematicBreak,
  96: codeFenced,
  126: codeFenced
}, string2 = {
  38: characterReference,
  92: characterEscape
}, text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  33: labelStartImage,
  38: characterReference,
  42: attention,
  60: [autolink, htmlText],
  91: labelStartLink,
  92: [hardBreakEscape, characterEscape],
  93: labelEnd,
  95: attention,
  96: codeText
}, insideSpan = {
  null: [attention, resolver]
}, attentionMarkers = {
  null: [42, 95]
}, disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  }, columnStart = {}, resolveAllConstructs = [], chunks = [], stack = [], consumed = !0, effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: !0
    })
  }, context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  }, state = initialize.tokenize.call(context, effects), expectedCode;
  return initialize.resolveAll && resolveAllConstructs.push(initialize), context;
  function write(slice) {
    return chunks = push(chunks, slice), main(), chunks[chunks.length - 1] !== null ? [] : (addResult(initialize, 0), context.events = resolveAll(resolveAllConstructs, context.events, context), context.events);
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    let {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column, accountForPotentialSkip();
  }
  function main() {
    for (; point3._index < chunks.length; ) {
      let chunk = chunks[point3._index];
      if (typeof chunk == "string") {
        let chunkIndex = point3._index;
        for (point3._bufferIndex < 0 && (point3._bufferIndex = 0); point3._index === chunkIndex && point3._bufferIndex < chunk.length; )
          go(chunk.charCodeAt(point3._bufferIndex));
      } else
        go(chunk);
    }
  }
  function go(code2) {
    consumed = void 0, expectedCode = code2, state = state(code2);
  }
  function consume(code2) {
    markdownLineEnding(code2) ? (point3.line++, point3.column = 1, point3.offset += code2 === -3 ? 2 : 1, accountForPotentialSkip()) : code2 !== -1 && (point3.column++, point3.offset++), point3._bufferIndex < 0 ? point3._index++ : (point3._bufferIndex++, point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
    // strings.
    /** @type {string} */
    chunks[point3._index].length && (point3._bufferIndex = -1, point3._index++)), context.previous = code2, consumed = !0;
  }
  function enter(type, fields) {
    let token = fields || {};
    return token.type = type, token.start = now(), context.events.push(["enter", token, context]), stack.push(token), token;
  }
  function exit3(type) {
    let token = stack.pop();
    return token.end = now(), context.events.push(["exit", token, context]), token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs, constructIndex, currentConstruct, info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code2) {
          let left = code2 !== null && map[code2], all2 = code2 !== null && map.null, list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list2)(code2);
        }
      }
      function handleListOfConstructs(list2) {
        return listOfConstructs = list2, constructIndex = 0, list2.length === 0 ? bogusState : handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code2) {
          return info = store(), currentConstruct = construct, construct.partial || (context.currentConstruct = construct), construct.name && context.parser.constructs.disable.null.includes(construct.name) ? nok(code2) : construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code2);
        }
      }
      function ok2(code2) {
        return consumed = !0, onreturn(currentConstruct, info), returnState;
      }
      function nok(code2) {
        return consumed = !0, info.restore(), ++constructIndex < listOfConstructs.length ? handleConstruct(listOfConstructs[constructIndex]) : bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    construct.resolveAll && !resolveAllConstructs.includes(construct) && resolveAllConstructs.push(construct), construct.resolve && splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context)), construct.resolveTo && (context.events = construct.resolveTo(context.events, context));
  }
  function store() {
    let startPoint = now(), startPrevious = context.previous, startCurrentConstruct = context.currentConstruct, startEventsIndex = context.events.length, startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint, context.previous = startPrevious, context.currentConstruct = startCurrentConstruct, context.events.length = startEventsIndex, stack = startStack, accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    point3.line in columnStart && point3.column < 2 && (point3.column = columnStart[point3.line], point3.offset += columnStart[point3.line] - 1);
  }
}
function sliceChunks(chunks, token) {
  let startIndex = token.start._index, startBufferIndex = token.start._bufferIndex, endIndex = token.end._index, endBufferIndex = token.end._bufferIndex, view;
  if (startIndex === endIndex)
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  else {
    if (view = chunks.slice(startIndex, endIndex), startBufferIndex > -1) {
      let head = view[0];
      typeof head == "string" ? view[0] = head.slice(startBufferIndex) : view.shift();
    }
    endBufferIndex > 0 && view.push(chunks[endIndex].slice(0, endBufferIndex));
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1, result = [], atTab;
  for (; ++index2 < chunks.length; ) {
    let chunk = chunks[index2], value2;
    if (typeof chunk == "string")
      value2 = chunk;
    else
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = `
`;
          break;
        }
        case -3: {
          value2 = `\r
`;
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab)
            continue;
          value2 = " ";
          break;
        }
        default:
          value2 = String.fromCharCode(chunk);
      }
    atTab = chunk === -2, result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  let parser = {
    constructs: (
      /** @type {FullNormalizedExtension} */
      combineExtensions([constructs_exports, ...(options || {}).extensions || []])
    ),
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  for (; !subtokenize(events); )
    ;
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1, buffer = "", start = !0, atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 == "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    let chunks = [], startPosition = 0;
    for (buffer = "", start && (value2.charCodeAt(0) === 65279 && startPosition++, start = void 0); startPosition < value2.length; ) {
      search.lastIndex = startPosition;
      let match = search.exec(value2), endPosition = match && match.index !== void 0 ? match.index : value2.length, code2 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn)
        chunks.push(-3), atCarriageReturn = void 0;
      else
        switch (atCarriageReturn && (chunks.push(-5), atCarriageReturn = void 0), startPosition < endPosition && (chunks.push(value2.slice(startPosition, endPosition)), column += endPosition - startPosition), code2) {
          case 0: {
            chunks.push(65533), column++;
            break;
          }
          case 9: {
            let next = Math.ceil(column / 4) * 4;
            for (chunks.push(-2); column++ < next; )
              chunks.push(-1);
            break;
          }
          case 10: {
            chunks.push(-4), column = 1;
            break;
          }
          default:
            atCarriageReturn = !0, column = 1;
        }
      startPosition = endPosition + 1;
    }
    return end && (atCarriageReturn && chunks.push(-5), buffer && chunks.push(buffer), chunks.push(null)), chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1)
    return $1;
  if ($2.charCodeAt(0) === 35) {
    let head2 = $2.charCodeAt(1), hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  return !value2 || typeof value2 != "object" ? "" : "position" in value2 || "type" in value2 ? position(value2.position) : "start" in value2 || "end" in value2 ? position(value2) : "line" in value2 || "column" in value2 ? point(value2) : "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 == "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  return encoding && typeof encoding == "object" && (options = encoding, encoding = void 0), compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, !0))));
}
function compiler(options) {
  let config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list2, onenterlistordered),
      listUnordered: opener2(list2),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  let data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    }, context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    }, listStack = [], prepared = [], index2 = -1;
    for (; ++index2 < events.length; )
      if (prepared.push(events[index2]), events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered")
        if (events[index2][0] === "enter")
          listStack.push(prepared.length - 1);
        else {
          let tail = listStack.pop();
          prepareList(prepared, tail);
        }
    for (events = prepared, index2 = -1; ++index2 < events.length; ) {
      let handler = config[events[index2][0]];
      events[index2][0] === "enter" && config.beforeEnter.length > 0 && callListeners(config.beforeEnter, {
        ...context,
        sliceSerialize: events[index2][2].sliceSerialize
      }, events[index2][1]), own2.call(handler, events[index2][1].type) && handler[events[index2][1].type].call({
        ...context,
        sliceSerialize: events[index2][2].sliceSerialize
      }, events[index2][1]), events[index2][0] === "exit" && config.afterExit.length > 0 && callListeners(config.afterExit, {
        ...context,
        sliceSerialize: events[index2][2].sliceSerialize
      }, events[index2][1]);
    }
    if (context.tokenStack.length > 0) {
      let tail = context.tokenStack[context.tokenStack.length - 1];
      (tail[1] || defaultOnError).call(context, void 0, tail[0]);
    }
    for (tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    }, index2 = -1; ++index2 < config.transforms.length; )
      tree = config.transforms[index2](tree) || tree;
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    for (; ++index2 < listeners.length; )
      listeners[index2].call(context, token);
  }
  function prepareList(events, start) {
    let end = events.length - 1, index2 = start - 1, containerBalance = -1, listSpread = !1, listItem2, lineIndex, firstBlankLineIndex, atMarker, insertions = [];
    for (; ++index2 <= end; ) {
      let event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          event[0] === "enter" ? containerBalance++ : containerBalance--, atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          event[0] === "enter" && (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex && (firstBlankLineIndex = index2), atMarker = void 0);
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace":
          break;
        default:
          atMarker = void 0;
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          for (lineIndex = void 0; tailIndex--; ) {
            let tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              lineIndex && (events[lineIndex][1].type = "lineEndingBlank", listSpread = !0), tailEvent[1].type = "lineEnding", lineIndex = tailIndex;
            } else if (!(tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent"))
              break;
          }
          firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex) && (listItem2._spread = !0), listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end), insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          let item = {
            type: "listItem",
            _spread: !1,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item, insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          }), firstBlankLineIndex = void 0, atMarker = !0;
        }
      }
    }
    let listEvents = events.splice(start), insertion = 0;
    for (index2 = -1; ++index2 < listEvents.length; ) {
      for (; insertion < insertions.length && insertions[insertion].at === start + index2; )
        events.push(insertions[insertion++].event);
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token), and && and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    this.stack[this.stack.length - 1].children.push(node2), this.stack.push(node2), this.tokenStack.push([token, errorHandler || void 0]), node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      and && and.call(this, token), exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    let node2 = this.stack.pop(), open = this.tokenStack.pop();
    if (!open)
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    open[0].type !== token.type && (onExitError ? onExitError.call(this, token, open[0]) : (open[1] || defaultOnError).call(this, token, open[0])), node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = !0;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      let ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10), this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    this.data.flowCodeInside || (this.buffer(), this.data.flowCodeInside = !0);
  }
  function onexitcodefenced() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""), this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    let label = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.label = label, node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    let node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      let depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = !0;
  }
  function onexitsetextheadinglinesequence(token) {
    let node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    let siblings = this.stack[this.stack.length - 1].children, tail = siblings[siblings.length - 1];
    (!tail || tail.type !== "text") && (tail = text4(), tail.position = {
      start: point2(token.start),
      // @ts-expect-error: we’ll add `end` later.
      end: void 0
    }, siblings.push(tail)), this.stack.push(tail);
  }
  function onexitdata(token) {
    let tail = this.stack.pop();
    tail.value += this.sliceSerialize(token), tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    let context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      let tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end), this.data.atHardBreak = void 0;
      return;
    }
    !this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type) && (onenterdata.call(this, token), onexitdata.call(this, token));
  }
  function onexithardbreak() {
    this.data.atHardBreak = !0;
  }
  function onexithtmlflow() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    let node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference", node2.referenceType = referenceType, delete node2.url, delete node2.title;
    } else
      delete node2.identifier, delete node2.label;
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    let node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference", node2.referenceType = referenceType, delete node2.url, delete node2.title;
    } else
      delete node2.identifier, delete node2.label;
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    let string3 = this.sliceSerialize(token), ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3), ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    let fragment = this.stack[this.stack.length - 1], value2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference = !0, node2.type === "link") {
      let children = fragment.children;
      node2.children = children;
    } else
      node2.alt = value2;
  }
  function onexitresourcedestinationstring() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    let data2 = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    let label = this.resume(), node2 = this.stack[this.stack.length - 1];
    node2.label = label, node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase(), this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    let data2 = this.sliceSerialize(token), type = this.data.characterReferenceType, value2;
    type ? (value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16), this.data.characterReferenceType = void 0) : value2 = decodeNamedCharacterReference(data2);
    let tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    let tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    let node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    let node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list2(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  for (; ++index2 < extensions.length; ) {
    let value2 = extensions[index2];
    Array.isArray(value2) ? configure(combined, value2) : extension(combined, value2);
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2)
    if (own2.call(extension2, key))
      switch (key) {
        case "canContainEols": {
          let right = extension2[key];
          right && combined[key].push(...right);
          break;
        }
        case "transforms": {
          let right = extension2[key];
          right && combined[key].push(...right);
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          let right = extension2[key];
          right && combined[key].push(right);
          break;
        }
        case "enter":
        case "exit": {
          let right = extension2[key];
          right && Object.assign(combined[key], right);
          break;
        }
      }
}
function defaultOnError(left, right) {
  throw left ? new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
    start: left.start,
    end: left.end
  }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is open") : new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1), fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  return FormattedError.displayName = Constructor.displayName || Constructor.name, FormattedError;
  function FormattedError(format, ...values) {
    let reason = format && (0, import_format.default)(format, ...values);
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own3 = {}.hasOwnProperty, markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  let result = [], index2 = -1, presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  for (; ++index2 < presetsOrMatters.length; )
    result[index2] = matter(presetsOrMatters[index2]);
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result == "string") {
    if (!own3.call(markers, result))
      throw fault("Missing matter definition for `%s`", result);
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result != "object")
    throw fault("Expected matter to be an object, not `%j`", result);
  if (!own3.call(result, "type"))
    throw fault("Missing `type` in matter `%j`", result);
  if (!own3.call(result, "fence") && !own3.call(result, "marker"))
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  let matters = toMatters(options), flow3 = {}, index2 = -1;
  for (; ++index2 < matters.length; ) {
    let matter2 = matters[index2], code2 = fence(matter2, "open").charCodeAt(0), construct = createConstruct(matter2), existing = flow3[code2];
    Array.isArray(existing) ? existing.push(construct) : flow3[code2] = [construct];
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  let anywhere = matter2.anywhere, frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  ), fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  ), sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  ), valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  ), closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: !0
  }, buffer, bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: !0
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    let self = this;
    return start;
    function start(code2) {
      let position2 = self.now();
      return (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere) && (buffer = fence(matter2, "open"), bufferIndex = 0, code2 === buffer.charCodeAt(bufferIndex)) ? (effects.enter(frontmatterType), effects.enter(fenceType), effects.enter(sequenceType), openSequence(code2)) : nok(code2)
      );
    }
    function openSequence(code2) {
      return bufferIndex === buffer.length ? (effects.exit(sequenceType), markdownSpace(code2) ? (effects.enter("whitespace"), openSequenceWhitespace(code2)) : openAfter(code2)) : code2 === buffer.charCodeAt(bufferIndex++) ? (effects.consume(code2), openSequence) : nok(code2);
    }
    function openSequenceWhitespace(code2) {
      return markdownSpace(code2) ? (effects.consume(code2), openSequenceWhitespace) : (effects.exit("whitespace"), openAfter(code2));
    }
    function openAfter(code2) {
      return markdownLineEnding(code2) ? (effects.exit(fenceType), effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), buffer = fence(matter2, "close"), bufferIndex = 0, effects.attempt(closingFenceConstruct, after, contentStart)) : nok(code2);
    }
    function contentStart(code2) {
      return code2 === null || markdownLineEnding(code2) ? contentEnd(code2) : (effects.enter(valueType), contentInside(code2));
    }
    function contentInside(code2) {
      return code2 === null || markdownLineEnding(code2) ? (effects.exit(valueType), contentEnd(code2)) : (effects.consume(code2), contentInside);
    }
    function contentEnd(code2) {
      return code2 === null ? nok(code2) : (effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), effects.attempt(closingFenceConstruct, after, contentStart));
    }
    function after(code2) {
      return effects.exit(frontmatterType), ok2(code2);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code2) {
      return code2 === buffer.charCodeAt(bufferIndex2) ? (effects.enter(fenceType), effects.enter(sequenceType), closeSequence(code2)) : nok(code2);
    }
    function closeSequence(code2) {
      return bufferIndex2 === buffer.length ? (effects.exit(sequenceType), markdownSpace(code2) ? (effects.enter("whitespace"), closeSequenceWhitespace(code2)) : closeAfter(code2)) : code2 === buffer.charCodeAt(bufferIndex2++) ? (effects.consume(code2), closeSequence) : nok(code2);
    }
    function closeSequenceWhitespace(code2) {
      return markdownSpace(code2) ? (effects.consume(code2), closeSequenceWhitespace) : (effects.exit("whitespace"), closeAfter(code2));
    }
    function closeAfter(code2) {
      return code2 === null || markdownLineEnding(code2) ? (effects.exit(fenceType), ok2(code2)) : nok(code2);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema == "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 != "string")
    throw new TypeError("Expected a string");
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  let matters = toMatters(options), enter = {}, exit3 = {}, index2 = -1;
  for (; ++index2 < matters.length; ) {
    let matter2 = matters[index2];
    enter[matter2.type] = opener(matter2), exit3[matter2.type] = close, exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token), this.buffer();
  }
}
function close(token) {
  let data = this.resume(), node2 = this.stack[this.stack.length - 1];
  "value" in node2, this.exit(token), node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token), this.config.exit.data.call(this, token);
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  let source = String(value2);
  if (typeof character != "string")
    throw new TypeError("Expected character");
  let count = 0, index2 = source.indexOf(character);
  for (; index2 !== -1; )
    count++, index2 = source.indexOf(character, index2 + character.length);
  return count;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test == null)
      return ok;
    if (typeof test == "function")
      return castFactory(test);
    if (typeof test == "object")
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    if (typeof test == "string")
      return typeFactory(test);
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  let checks = [], index2 = -1;
  for (; ++index2 < tests.length; )
    checks[index2] = convert(tests[index2]);
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    for (; ++index3 < checks.length; )
      if (checks[index3].apply(this, parameters)) return !0;
    return !1;
  }
}
function propertiesFactory(check) {
  let checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node2) {
    let nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    ), key;
    for (key in check)
      if (nodeAsRecord[key] !== checkAsRecord[key]) return !1;
    return !0;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value2, index2, parent) {
    return !!(looksLikeANode(value2) && testFunction.call(
      this,
      value2,
      typeof index2 == "number" ? index2 : void 0,
      parent || void 0
    ));
  }
}
function ok() {
  return !0;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 == "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [], CONTINUE = !0, EXIT = !1, SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree != "object")
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  let preorder = !0, check, visitors, enter, exit3;
  if (typeof enterOrVisitorsOrReverse == "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse == "object" ? (check = /** @type {Test} */
  testOrEnterOrVisitors, visitors = enterOrVisitorsOrReverse, reverse && (preorder = !1)) : (visitors = /** @type {Visitors | Visitor} */
  testOrEnterOrVisitors, enterOrVisitorsOrReverse && (preorder = !1)), typeof visitors == "function")
    enter = visitors;
  else if (visitors && typeof visitors == "object") {
    if (!(visitors.enter === null || visitors.enter === void 0))
      if (typeof visitors.enter == "function")
        enter = visitors.enter;
      else
        throw new Error(
          "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
        );
    if (typeof visitors.exit == "function")
      exit3 = visitors.exit;
    else
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
  } else
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  let is2 = convert(check), step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    let value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 == "object" ? node2 : {}
    );
    if (typeof value2.type == "string") {
      let name = (
        // `hast`
        typeof value2.tagName == "string" ? value2.tagName : (
          // `xast`
          typeof value2.name == "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit;
    function visit() {
      let matches = !check || is2(node2, index2, parents[parents.length - 1] || void 0), result = empty;
      if (enter && matches && (result = toResult(enter(node2, parents, index2)), result[0] === EXIT))
        return result;
      if ("children" in node2 && node2.children) {
        let nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step, grandparents = [...parents, nodeAsParent];
          for (; offset > -1 && offset < nodeAsParent.children.length; ) {
            let child = nodeAsParent.children[offset], subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT)
              return subresult;
            offset = typeof subresult[1] == "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        let exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP)
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        if (exitResult[0] === EXIT || typeof exitResult[1] == "number")
          return exitResult;
      }
      return result;
    }
  }
}
function toResult(value2) {
  return Array.isArray(value2) ? value2 : typeof value2 == "number" ? [CONTINUE, value2] : value2 == null ? empty : [value2];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list2, options) {
  let ignored = convert((options || {}).ignore || []), pairs = toPairs(list2), pairIndex = -1;
  for (; ++pairIndex < pairs.length; )
    visitParents(tree, visitor);
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 == "number")
      return handler(node2, parents, index2);
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    let parent = parents[parents.length - 1], find = pairs[pairIndex][0], replace2 = pairs[pairIndex][1], start = 0, change = !1, nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    for (; match; ) {
      let position2 = match.index, matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      }, value2 = replace2(...match, matchObject);
      if (typeof value2 == "string" && (value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0), value2 === !1)
        find.lastIndex = position2 + 1;
      else {
        if (start !== position2 && add({ type: "text", value: node2.value.slice(start, position2) }), Array.isArray(value2))
          for (let child of value2) add(child);
        else value2 && add(value2);
        start = position2 + match[0].length, change = !0;
      }
      if (!find.global)
        break;
      match = find.exec(node2.value);
    }
    return change ? (start < node2.value.length && add({ type: "text", value: node2.value.slice(start) }), parent.children.splice(index2, 1, ...nodes)) : nodes = [node2], index2 + nodes.length;
    function add(child) {
      let previous3 = nodes[nodes.length - 1];
      previous3 && previous3.type === "text" && child.type === "text" ? previous3.value += child.value : nodes.push(child);
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList))
    throw new TypeError("Expected find and replace tuple or list of tuples");
  let result = [], list2 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ], index2 = -1;
  for (; ++index2 < list2.length; ) {
    let tuple = list2[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find == "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 == "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  let node2 = this.stack[this.stack.length - 1];
  node2.type, node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous2(match))
    return !1;
  let prefix = "";
  if (/^w/i.test(protocol) && (domain2 = protocol + domain2, protocol = "", prefix = "http://"), unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2))
    return !1;
  let parts = splitUrl(domain2 + path2), result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  return parts[1] ? [result, { type: "text", value: parts[1], position: void 0 }] : result;
}
function findEmail(_, atext, label) {
  return /[\d\-_]$/.test(label) ? !1 : {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label))
    return !1;
  let value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@"))
    return !1;
  let value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  let parts = domain2.split(".");
  return !(parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2])));
}
function splitUrl(url) {
  let index2 = url.length;
  for (; index2 > 0; ) {
    let code2 = url.charCodeAt(index2 - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125)
      index2--;
    else
      break;
  }
  if (index2 === url.length)
    return [url, void 0];
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")"), openingParens = ccount(url, "("), closingParens = ccount(url, ")");
  for (; closingParenIndex !== -1 && openingParens > closingParens; )
    url += trail2.slice(0, closingParenIndex + 1), trail2 = trail2.slice(closingParenIndex + 1), closingParenIndex = trail2.indexOf(")"), closingParens++;
  return [url, trail2];
}
function previous2(match) {
  let code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  let label = this.resume(), node2 = this.stack[this.stack.length - 1];
  node2.type, node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase(), node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  let label = this.resume(), node2 = this.stack[this.stack.length - 1];
  node2.type, node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase(), node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  let tracker = state.createTracker(info), value2 = tracker.move("[^"), exit3 = state.enter("footnoteReference"), subexit = state.enter("reference");
  return value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  ), subexit(), exit3(), value2 += tracker.move("]"), value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  let tracker = state.createTracker(info), sequence = state.stack.includes("strikethrough") ? "~" : "~~", exit3 = state.enter("strikethrough"), value2 = tracker.move(sequence);
  return value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  }), value2 += tracker.move(sequence), exit3(), value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  let align = token._align;
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  ), this.data.inTable = !0;
}
function exitTable(token) {
  this.exit(token), this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  this.data.inTable && (value2 = value2.replace(/\\([\\|])/g, replace));
  let node2 = this.stack[this.stack.length - 1];
  node2.type, node2.value = value2, this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  let node2 = this.stack[this.stack.length - 2];
  node2.type, node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  let parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked == "boolean") {
    let node2 = this.stack[this.stack.length - 1];
    node2.type;
    let head = node2.children[0];
    if (head && head.type === "text") {
      let siblings = parent.children, index2 = -1, firstParagraph;
      for (; ++index2 < siblings.length; ) {
        let sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      firstParagraph === node2 && (head.value = head.value.slice(1), head.value.length === 0 ? node2.children.shift() : node2.position && head.position && typeof head.position.start.offset == "number" && (head.position.start.column++, head.position.start.offset++, node2.position.start = { ...head.position.start }));
    }
  }
  this.exit(token);
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: !0
}, domain = {
  tokenize: tokenizeDomain,
  partial: !0
}, path = {
  tokenize: tokenizePath,
  partial: !0
}, trail = {
  tokenize: tokenizeTrail,
  partial: !0
}, emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: !0
}, wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
}, protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
}, emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
}, text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
for (; code < 123; )
  text3[code] = emailAutolink, code++, code === 58 ? code = 65 : code === 91 && (code = 97);
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok2, nok) {
  let self = this, dot, data;
  return start;
  function start(code2) {
    return !gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events) ? nok(code2) : (effects.enter("literalAutolink"), effects.enter("literalAutolinkEmail"), atext(code2));
  }
  function atext(code2) {
    return gfmAtext(code2) ? (effects.consume(code2), atext) : code2 === 64 ? (effects.consume(code2), emailDomain) : nok(code2);
  }
  function emailDomain(code2) {
    return code2 === 46 ? effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2) : code2 === 45 || code2 === 95 || asciiAlphanumeric(code2) ? (data = !0, effects.consume(code2), emailDomain) : emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    return effects.consume(code2), dot = !0, emailDomain;
  }
  function emailDomainAfter(code2) {
    return data && dot && asciiAlpha(self.previous) ? (effects.exit("literalAutolinkEmail"), effects.exit("literalAutolink"), ok2(code2)) : nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok2, nok) {
  let self = this;
  return wwwStart;
  function wwwStart(code2) {
    return code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events) ? nok(code2) : (effects.enter("literalAutolink"), effects.enter("literalAutolinkWww"), effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code2));
  }
  function wwwAfter(code2) {
    return effects.exit("literalAutolinkWww"), effects.exit("literalAutolink"), ok2(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok2, nok) {
  let self = this, buffer = "", seen = !1;
  return protocolStart;
  function protocolStart(code2) {
    return (code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events) ? (effects.enter("literalAutolink"), effects.enter("literalAutolinkHttp"), buffer += String.fromCodePoint(code2), effects.consume(code2), protocolPrefixInside) : nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5)
      return buffer += String.fromCodePoint(code2), effects.consume(code2), protocolPrefixInside;
    if (code2 === 58) {
      let protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https")
        return effects.consume(code2), protocolSlashesInside;
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    return code2 === 47 ? (effects.consume(code2), seen ? afterProtocol : (seen = !0, protocolSlashesInside)) : nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    return effects.exit("literalAutolinkHttp"), effects.exit("literalAutolink"), ok2(code2);
  }
}
function tokenizeWwwPrefix(effects, ok2, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    return (code2 === 87 || code2 === 119) && size < 3 ? (size++, effects.consume(code2), wwwPrefixInside) : code2 === 46 && size === 3 ? (effects.consume(code2), wwwPrefixAfter) : nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}
function tokenizeDomain(effects, ok2, nok) {
  let underscoreInLastSegment, underscoreInLastLastSegment, seen;
  return domainInside;
  function domainInside(code2) {
    return code2 === 46 || code2 === 95 ? effects.check(trail, domainAfter, domainAtPunctuation)(code2) : code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2) ? domainAfter(code2) : (seen = !0, effects.consume(code2), domainInside);
  }
  function domainAtPunctuation(code2) {
    return code2 === 95 ? underscoreInLastSegment = !0 : (underscoreInLastLastSegment = underscoreInLastSegment, underscoreInLastSegment = void 0), effects.consume(code2), domainInside;
  }
  function domainAfter(code2) {
    return underscoreInLastLastSegment || underscoreInLastSegment || !seen ? nok(code2) : ok2(code2);
  }
}
function tokenizePath(effects, ok2) {
  let sizeOpen = 0, sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    return code2 === 40 ? (sizeOpen++, effects.consume(code2), pathInside) : code2 === 41 && sizeClose < sizeOpen ? pathAtPunctuation(code2) : code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126 ? effects.check(trail, ok2, pathAtPunctuation)(code2) : code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) ? ok2(code2) : (effects.consume(code2), pathInside);
  }
  function pathAtPunctuation(code2) {
    return code2 === 41 && sizeClose++, effects.consume(code2), pathInside;
  }
}
function tokenizeTrail(effects, ok2, nok) {
  return trail2;
  function trail2(code2) {
    return code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126 ? (effects.consume(code2), trail2) : code2 === 38 ? (effects.consume(code2), trailCharacterReferenceStart) : code2 === 93 ? (effects.consume(code2), trailBracketAfter) : (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) ? ok2(code2) : nok(code2)
    );
  }
  function trailBracketAfter(code2) {
    return code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) ? ok2(code2) : trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    return code2 === 59 ? (effects.consume(code2), trail2) : asciiAlpha(code2) ? (effects.consume(code2), trailCharacterReferenceInside) : nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok2, nok) {
  return start;
  function start(code2) {
    return effects.consume(code2), after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok2(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length, result = !1;
  for (; index2--; ) {
    let token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = !0;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = !1;
      break;
    }
  }
  return events.length > 0 && !result && (events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = !0), result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: !0
};
function gfmFootnote() {
  return {
    document: {
      91: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      91: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      93: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok2, nok) {
  let self = this, index2 = self.events.length, defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []), labelStart;
  for (; index2--; ) {
    let token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link")
      break;
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced)
      return nok(code2);
    let id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    return id.codePointAt(0) !== 94 || !defined.includes(id.slice(1)) ? nok(code2) : (effects.enter("gfmFootnoteCallLabelMarker"), effects.consume(code2), effects.exit("gfmFootnoteCallLabelMarker"), ok2(code2));
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length, labelStart;
  for (; index2--; )
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  events[index2 + 1][1].type = "data", events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  let call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  }, marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++, marker.end.offset++, marker.end._bufferIndex++;
  let string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  }, chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  }, replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  return events.splice(index2, events.length - index2 + 1, ...replacement), events;
}
function tokenizeGfmFootnoteCall(effects, ok2, nok) {
  let self = this, defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []), size = 0, data;
  return start;
  function start(code2) {
    return effects.enter("gfmFootnoteCall"), effects.enter("gfmFootnoteCallLabelMarker"), effects.consume(code2), effects.exit("gfmFootnoteCallLabelMarker"), callStart;
  }
  function callStart(code2) {
    return code2 !== 94 ? nok(code2) : (effects.enter("gfmFootnoteCallMarker"), effects.consume(code2), effects.exit("gfmFootnoteCallMarker"), effects.enter("gfmFootnoteCallString"), effects.enter("chunkString").contentType = "string", callData);
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    )
      return nok(code2);
    if (code2 === 93) {
      effects.exit("chunkString");
      let token = effects.exit("gfmFootnoteCallString");
      return defined.includes(normalizeIdentifier(self.sliceSerialize(token))) ? (effects.enter("gfmFootnoteCallLabelMarker"), effects.consume(code2), effects.exit("gfmFootnoteCallLabelMarker"), effects.exit("gfmFootnoteCall"), ok2) : nok(code2);
    }
    return markdownLineEndingOrSpace(code2) || (data = !0), size++, effects.consume(code2), code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    return code2 === 91 || code2 === 92 || code2 === 93 ? (effects.consume(code2), size++, callData) : callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok2, nok) {
  let self = this, defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []), identifier, size = 0, data;
  return start;
  function start(code2) {
    return effects.enter("gfmFootnoteDefinition")._container = !0, effects.enter("gfmFootnoteDefinitionLabel"), effects.enter("gfmFootnoteDefinitionLabelMarker"), effects.consume(code2), effects.exit("gfmFootnoteDefinitionLabelMarker"), labelAtMarker;
  }
  function labelAtMarker(code2) {
    return code2 === 94 ? (effects.enter("gfmFootnoteDefinitionMarker"), effects.consume(code2), effects.exit("gfmFootnoteDefinitionMarker"), effects.enter("gfmFootnoteDefinitionLabelString"), effects.enter("chunkString").contentType = "string", labelInside) : nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    )
      return nok(code2);
    if (code2 === 93) {
      effects.exit("chunkString");
      let token = effects.exit("gfmFootnoteDefinitionLabelString");
      return identifier = normalizeIdentifier(self.sliceSerialize(token)), effects.enter("gfmFootnoteDefinitionLabelMarker"), effects.consume(code2), effects.exit("gfmFootnoteDefinitionLabelMarker"), effects.exit("gfmFootnoteDefinitionLabel"), labelAfter;
    }
    return markdownLineEndingOrSpace(code2) || (data = !0), size++, effects.consume(code2), code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    return code2 === 91 || code2 === 92 || code2 === 93 ? (effects.consume(code2), size++, labelInside) : labelInside(code2);
  }
  function labelAfter(code2) {
    return code2 === 58 ? (effects.enter("definitionMarker"), effects.consume(code2), effects.exit("definitionMarker"), defined.includes(identifier) || defined.push(identifier), factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace")) : nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok2(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok2, nok) {
  return effects.check(blankLine, ok2, effects.attempt(indent, ok2, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok2, nok) {
  let self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 5);
  function afterPrefix(code2) {
    let tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], !0).length === 4 ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  let single = (options || {}).singleTilde, tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  return single == null && (single = !0), {
    text: {
      126: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    for (; ++index2 < events.length; )
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        for (; open--; )
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence", events[open][1].type = "strikethroughSequence";
            let strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            }, text4 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            }, nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text4, context]], insideSpan2 = context.parser.constructs.insideSpan.null;
            insideSpan2 && splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context)), splice(nextEvents, nextEvents.length, 0, [["exit", text4, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]), splice(events, open - 1, index2 - open + 3, nextEvents), index2 = open + nextEvents.length - 2;
            break;
          }
      }
    for (index2 = -1; ++index2 < events.length; )
      events[index2][1].type === "strikethroughSequenceTemporary" && (events[index2][1].type = "data");
    return events;
  }
  function tokenizeStrikethrough(effects, ok2, nok) {
    let previous3 = this.previous, events = this.events, size = 0;
    return start;
    function start(code2) {
      return previous3 === 126 && events[events.length - 1][1].type !== "characterEscape" ? nok(code2) : (effects.enter("strikethroughSequenceTemporary"), more(code2));
    }
    function more(code2) {
      let before = classifyCharacter(previous3);
      if (code2 === 126)
        return size > 1 ? nok(code2) : (effects.consume(code2), size++, more);
      if (size < 2 && !single) return nok(code2);
      let token = effects.exit("strikethroughSequenceTemporary"), after = classifyCharacter(code2);
      return token._open = !after || after === 2 && !!before, token._close = !before || before === 2 && !!after, ok2(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [], this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    if (this.map.sort(function(a, b) {
      return a[0] - b[0];
    }), this.map.length === 0)
      return;
    let index2 = this.map.length, vecs = [];
    for (; index2 > 0; )
      index2 -= 1, vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]), events.length = this.map[index2][0];
    vecs.push(events.slice()), events.length = 0;
    let slice = vecs.pop();
    for (; slice; ) {
      for (let element of slice)
        events.push(element);
      slice = vecs.pop();
    }
    this.map.length = 0, this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0)
    return;
  let existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove, existing[2].push(...add);
    return;
  }
  let change = [at, remove, add];
  editMap.map.push(change), editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = !1, align = [];
  for (; index2 < events.length; ) {
    let event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter")
        event[1].type === "tableContent" && align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
      else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          let alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow")
        break;
    } else event[0] === "enter" && event[1].type === "tableDelimiterRow" && (inDelimiterRow = !0);
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok2, nok) {
  let self = this, size = 0, sizeB = 0, seen;
  return start;
  function start(code2) {
    let index2 = self.events.length - 1;
    for (; index2 > -1; ) {
      let {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix")
        index2--;
      else
        break;
    }
    let tail = index2 > -1 ? self.events[index2][1].type : null, next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    return next === bodyRowStart && self.parser.lazy[self.now().line] ? nok(code2) : next(code2);
  }
  function headRowBefore(code2) {
    return effects.enter("tableHead"), effects.enter("tableRow"), headRowStart(code2);
  }
  function headRowStart(code2) {
    return code2 === 124 || (seen = !0, sizeB += 1), headRowBreak(code2);
  }
  function headRowBreak(code2) {
    return code2 === null ? nok(code2) : markdownLineEnding(code2) ? sizeB > 1 ? (sizeB = 0, self.interrupt = !0, effects.exit("tableRow"), effects.enter("lineEnding"), effects.consume(code2), effects.exit("lineEnding"), headDelimiterStart) : nok(code2) : markdownSpace(code2) ? factorySpace(effects, headRowBreak, "whitespace")(code2) : (sizeB += 1, seen && (seen = !1, size += 1), code2 === 124 ? (effects.enter("tableCellDivider"), effects.consume(code2), effects.exit("tableCellDivider"), seen = !0, headRowBreak) : (effects.enter("data"), headRowData(code2)));
  }
  function headRowData(code2) {
    return code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2) ? (effects.exit("data"), headRowBreak(code2)) : (effects.consume(code2), code2 === 92 ? headRowEscape : headRowData);
  }
  function headRowEscape(code2) {
    return code2 === 92 || code2 === 124 ? (effects.consume(code2), headRowData) : headRowData(code2);
  }
  function headDelimiterStart(code2) {
    return self.interrupt = !1, self.parser.lazy[self.now().line] ? nok(code2) : (effects.enter("tableDelimiterRow"), seen = !1, markdownSpace(code2) ? factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : headDelimiterBefore(code2));
  }
  function headDelimiterBefore(code2) {
    return code2 === 45 || code2 === 58 ? headDelimiterValueBefore(code2) : code2 === 124 ? (seen = !0, effects.enter("tableCellDivider"), effects.consume(code2), effects.exit("tableCellDivider"), headDelimiterCellBefore) : headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    return markdownSpace(code2) ? factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2) : headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    return code2 === 58 ? (sizeB += 1, seen = !0, effects.enter("tableDelimiterMarker"), effects.consume(code2), effects.exit("tableDelimiterMarker"), headDelimiterLeftAlignmentAfter) : code2 === 45 ? (sizeB += 1, headDelimiterLeftAlignmentAfter(code2)) : code2 === null || markdownLineEnding(code2) ? headDelimiterCellAfter(code2) : headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    return code2 === 45 ? (effects.enter("tableDelimiterFiller"), headDelimiterFiller(code2)) : headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    return code2 === 45 ? (effects.consume(code2), headDelimiterFiller) : code2 === 58 ? (seen = !0, effects.exit("tableDelimiterFiller"), effects.enter("tableDelimiterMarker"), effects.consume(code2), effects.exit("tableDelimiterMarker"), headDelimiterRightAlignmentAfter) : (effects.exit("tableDelimiterFiller"), headDelimiterRightAlignmentAfter(code2));
  }
  function headDelimiterRightAlignmentAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2) : headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    return code2 === 124 ? headDelimiterBefore(code2) : code2 === null || markdownLineEnding(code2) ? !seen || size !== sizeB ? headDelimiterNok(code2) : (effects.exit("tableDelimiterRow"), effects.exit("tableHead"), ok2(code2)) : headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    return effects.enter("tableRow"), bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    return code2 === 124 ? (effects.enter("tableCellDivider"), effects.consume(code2), effects.exit("tableCellDivider"), bodyRowBreak) : code2 === null || markdownLineEnding(code2) ? (effects.exit("tableRow"), ok2(code2)) : markdownSpace(code2) ? factorySpace(effects, bodyRowBreak, "whitespace")(code2) : (effects.enter("data"), bodyRowData(code2));
  }
  function bodyRowData(code2) {
    return code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2) ? (effects.exit("data"), bodyRowBreak(code2)) : (effects.consume(code2), code2 === 92 ? bodyRowEscape : bodyRowData);
  }
  function bodyRowEscape(code2) {
    return code2 === 92 || code2 === 124 ? (effects.consume(code2), bodyRowData) : bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1, inFirstCellAwaitingPipe = !0, rowKind = 0, lastCell = [0, 0, 0, 0], cell = [0, 0, 0, 0], afterHeadAwaitingFirstBodyRow = !1, lastTableEnd = 0, currentTable, currentBody, currentCell, map = new EditMap2();
  for (; ++index2 < events.length; ) {
    let event = events[index2], token = event[1];
    event[0] === "enter" ? token.type === "tableHead" ? (afterHeadAwaitingFirstBodyRow = !1, lastTableEnd !== 0 && (flushTableEnd(map, context, lastTableEnd, currentTable, currentBody), currentBody = void 0, lastTableEnd = 0), currentTable = {
      type: "table",
      start: Object.assign({}, token.start),
      // Note: correct end is set later.
      end: Object.assign({}, token.end)
    }, map.add(index2, 0, [["enter", currentTable, context]])) : token.type === "tableRow" || token.type === "tableDelimiterRow" ? (inFirstCellAwaitingPipe = !0, currentCell = void 0, lastCell = [0, 0, 0, 0], cell = [0, index2 + 1, 0, 0], afterHeadAwaitingFirstBodyRow && (afterHeadAwaitingFirstBodyRow = !1, currentBody = {
      type: "tableBody",
      start: Object.assign({}, token.start),
      // Note: correct end is set later.
      end: Object.assign({}, token.end)
    }, map.add(index2, 0, [["enter", currentBody, context]])), rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1) : rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller") ? (inFirstCellAwaitingPipe = !1, cell[2] === 0 && (lastCell[1] !== 0 && (cell[0] = cell[1], currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell), lastCell = [0, 0, 0, 0]), cell[2] = index2)) : token.type === "tableCellDivider" && (inFirstCellAwaitingPipe ? inFirstCellAwaitingPipe = !1 : (lastCell[1] !== 0 && (cell[0] = cell[1], currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell)), lastCell = cell, cell = [lastCell[1], index2, 0, 0])) : token.type === "tableHead" ? (afterHeadAwaitingFirstBodyRow = !0, lastTableEnd = index2) : token.type === "tableRow" || token.type === "tableDelimiterRow" ? (lastTableEnd = index2, lastCell[1] !== 0 ? (cell[0] = cell[1], currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell)) : cell[1] !== 0 && (currentCell = flushCell(map, context, cell, rowKind, index2, currentCell)), rowKind = 0) : rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller") && (cell[3] = index2);
  }
  for (lastTableEnd !== 0 && flushTableEnd(map, context, lastTableEnd, currentTable, currentBody), map.consume(context.events), index2 = -1; ++index2 < context.events.length; ) {
    let event = context.events[index2];
    event[0] === "enter" && event[1].type === "table" && (event[1]._align = gfmTableAlign(context.events, index2));
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  let groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData", valueName = "tableContent";
  range[0] !== 0 && (previousCell.end = Object.assign({}, getPoint(context.events, range[0])), map.add(range[0], 0, [["exit", previousCell, context]]));
  let now = getPoint(context.events, range[1]);
  if (previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  }, map.add(range[1], 0, [["enter", previousCell, context]]), range[2] !== 0) {
    let relatedStart = getPoint(context.events, range[2]), relatedEnd = getPoint(context.events, range[3]), valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    if (map.add(range[2], 0, [["enter", valueToken, context]]), rowKind !== 2) {
      let start = context.events[range[2]], end = context.events[range[3]];
      if (start[1].end = Object.assign({}, end[1].end), start[1].type = "chunkText", start[1].contentType = "text", range[3] > range[2] + 1) {
        let a = range[2] + 1, b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  return rowEnd !== void 0 && (previousCell.end = Object.assign({}, getPoint(context.events, rowEnd)), map.add(rowEnd, 0, [["exit", previousCell, context]]), previousCell = void 0), previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  let exits = [], related = getPoint(context.events, index2);
  tableBody && (tableBody.end = Object.assign({}, related), exits.push(["exit", tableBody, context])), table.end = Object.assign({}, related), exits.push(["exit", table, context]), map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  let event = events[index2], side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      91: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok2, nok) {
  let self = this;
  return open;
  function open(code2) {
    return (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem ? nok(code2) : (effects.enter("taskListCheck"), effects.enter("taskListCheckMarker"), effects.consume(code2), effects.exit("taskListCheckMarker"), inside)
    );
  }
  function inside(code2) {
    return markdownLineEndingOrSpace(code2) ? (effects.enter("taskListCheckValueUnchecked"), effects.consume(code2), effects.exit("taskListCheckValueUnchecked"), close2) : code2 === 88 || code2 === 120 ? (effects.enter("taskListCheckValueChecked"), effects.consume(code2), effects.exit("taskListCheckValueChecked"), close2) : nok(code2);
  }
  function close2(code2) {
    return code2 === 93 ? (effects.enter("taskListCheckMarker"), effects.consume(code2), effects.exit("taskListCheckMarker"), effects.exit("taskListCheck"), after) : nok(code2);
  }
  function after(code2) {
    return markdownLineEnding(code2) ? ok2(code2) : markdownSpace(code2) ? effects.check({
      tokenize: spaceThenNonSpace
    }, ok2, nok)(code2) : nok(code2);
  }
}
function spaceThenNonSpace(effects, ok2, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// src/runbooks/markdown-parse.ts
var blockStructureOnly = {
  disable: {
    null: [
      "attention",
      "autolink",
      "characterReference",
      "codeText",
      "hardBreakEscape",
      "htmlText",
      "labelStartImage",
      "labelStartLink",
      "labelEnd"
    ]
  }
}, withFrontMatter = {
  extensions: [frontmatter(["yaml"]), gfm(), blockStructureOnly],
  mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()]
}, withoutFrontMatter = {
  extensions: [gfm(), blockStructureOnly],
  mdastExtensions: [gfmFromMarkdown()]
};
function parseBlocks(text4, options) {
  return fromMarkdown(text4, options.frontMatter ? withFrontMatter : withoutFrontMatter);
}

// src/runbooks/section-kinds.ts
var SECTION_ORDER = [
  "overview",
  "symptom",
  "impact",
  "diagnosis",
  "mitigation",
  "escalation",
  "history",
  "references"
], NEW_SECTION_HEADINGS = {
  symptom: "Symptoms",
  diagnosis: "Diagnosis",
  mitigation: "Mitigation",
  escalation: "Escalation",
  history: "Incident history"
}, MEANINGS = [
  [
    "history",
    /\b(?:(?:incident|outage)s? (?:history|log|timeline)|(?:past|previous|prior|recent|historical) (?:incidents|outages|events|issues)|history|post ?mortems?|retrospectives?)\b/
  ],
  [
    "escalation",
    /\b(?:escalat\w*|contacts?|who to (?:call|page|contact|ask)|points? of contact|owners?|ownership|on ?call team|communications?)\b/
  ],
  [
    "diagnosis",
    /\b(?:diagnos\w*|investigat\w*|troubleshoot\w*|triage|debug\w*|(?:possible )?checks?|verif\w*|identify\w*|root cause|how to (?:check|confirm|find|debug)|determin\w*|inspect\w*)\b/
  ],
  [
    "mitigation",
    /\b(?:mitigat\w*|remediat\w*|resolution|resolv\w*|fix|fixes|fixing|recover\w*|workarounds?|roll ?backs?|restor\w*|steps|actions?|procedures?|response|what to do|solutions?|playbook|runbook steps|repair\w*)\b/
  ],
  [
    "symptom",
    /\b(?:symptoms?|alerts?|alerting|signs?|meaning|detect\w*|triggers?|what you (?:will |ll )?see|indicators?|how (?:do )?you know|how to (?:tell|recogni[sz]e|spot)|signals?|firing)\b/
  ],
  ["impact", /\b(?:impact\w*|severity|customer effect|blast radius|consequences?)\b/],
  [
    "overview",
    /\b(?:overview|summary|description|about|introduction|context|background|purpose|service (?:info|information|details)|architecture|what is|what it does)\b/
  ],
  [
    "references",
    /\b(?:references?|links?|dashboards?|see also|resources|documentation|docs|(?:further|more|additional) reading|reading list|footnotes?|related)\b/
  ]
], LEADING_VERBS = [
  [
    "diagnosis",
    /^(?:check(?:ing)?|verify(?:ing)?|ensur(?:e|ing)|confirm(?:ing)?|look(?:ing)? (?:at|for)|find(?:ing)? (?:out|the cause)|review(?:ing)?|inspect(?:ing)?|monitor(?:ing)?)\b/
  ],
  [
    "mitigation",
    /^(?:(?:using|running|finding and \w+ing|adding|removing|reconstruct(?:ing)?|rebuild(?:ing)?|resync(?:ing)?|restart(?:ing)?|restor(?:e|ing)|recreat(?:e|ing)|replac(?:e|ing)|rotat(?:e|ing)|scal(?:e|ing)|increas(?:e|ing)|reduc(?:e|ing)|free(?:ing)?|clean(?:ing)? up|drain(?:ing)?|kill(?:ing)?|terminat(?:e|ing)|promot(?:e|ing)|fail(?:ing)? ?over|roll(?:ing)? back|revert(?:ing)?|migrat(?:e|ing)|upgrad(?:e|ing)|resiz(?:e|ing)|expand(?:ing)?|clear(?:ing)?|disabl(?:e|ing)|enabl(?:e|ing)|stop(?:ping)?|start(?:ing)?)\b)/
  ],
  [
    "symptom",
    /\b(?:(?:has|have|had) run out|ran out|runs out|is down|are down|(?:is|are) not working|not responding|(?:is|are) (?:full|stuck|failing|slow|unavailable)|risk of|approaching)\b/
  ]
], NAMES_ONE_ALERT = /^(?:alert|group|rule) name \S/;
function normalizeHeading(text4) {
  return text4.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^(?:step )?\d+(?: \d+)* /, "").trim();
}
function classifyHeading(text4) {
  let words = normalizeHeading(text4);
  if (NAMES_ONE_ALERT.test(words)) return null;
  for (let [kind, meaning] of MEANINGS) if (meaning.test(words)) return kind;
  for (let [kind, verb] of LEADING_VERBS) if (verb.test(words.replace(/^so /, ""))) return kind;
  return null;
}

// src/runbooks/markdown-sections.ts
function readOutline(content3) {
  let lines = splitLines(content3), frontMatter = readFrontMatter(lines.texts), bodyStart = frontMatter ? frontMatter.closeLine + 1 : 0, headings = findHeadings(lines.texts, scanChunks(lines.texts, bodyStart), frontMatter !== null);
  return { lines, frontMatter, sections: toSections(lines.texts, headings) };
}
function findHeadings(texts, chunks, frontMatter) {
  let headings = [], index2 = 0;
  for (; index2 < chunks.length; ) {
    let chunk = chunks[index2];
    if (!chunk.uncertain && !chunk.mayHoldHeadings) {
      chunk.startsWithHeading && headings.push(atxAt(texts, chunk.start)), index2++;
      continue;
    }
    let next = index2 + 1;
    for (let misses = 0; ; misses++) {
      let end = chunks[next]?.start ?? texts.length, sentinel = chunk.uncertain && end < texts.length ? 1 : 0, tree = parseBlocks(texts.slice(chunk.start, end + sentinel).join(`
`), {
        frontMatter: frontMatter && chunk.start === 0
      }), found = headingsOf(tree, chunk.start);
      if (sentinel === 0 || found.some((heading) => heading.line === end && heading.endLine === end + 1)) {
        headings.push(...found.filter((heading) => heading.line < end)), index2 = next;
        break;
      }
      next = misses >= 1 ? chunks.length : next + 1;
    }
  }
  return headings;
}
function headingsOf(tree, offset) {
  let headings = [];
  for (let node2 of tree.children) {
    if (node2.type !== "heading" || !node2.position) continue;
    let line = node2.position.start.line - 1 + offset, endLine = node2.position.end.line + offset;
    headings.push({ line, endLine, depth: node2.depth, setext: endLine - line > 1 });
  }
  return headings;
}
function atxAt(texts, line) {
  let depth = /^#+/.exec(texts[line])[0].length;
  return { line, endLine: line + 1, depth, setext: !1 };
}
function toSections(texts, headings) {
  return headings.map((heading, index2) => {
    let next = headings[index2 + 1], end = texts.length;
    for (let later = index2 + 1; later < headings.length; later++)
      if (headings[later].depth <= heading.depth) {
        end = headings[later].line;
        break;
      }
    let text4 = headingText(texts, heading);
    return {
      heading: text4,
      depth: heading.depth,
      setext: heading.setext,
      line: heading.line,
      bodyStart: heading.endLine,
      bodyEnd: next?.line ?? texts.length,
      end,
      kind: classifyHeading(text4)
    };
  });
}
function headingText(texts, heading) {
  if (!heading.setext) {
    let raw = texts[heading.line].trim().replace(/^#{1,6}(?=[ \t]|$)/, "");
    return plainInline(raw.replace(/(?:^|[ \t]+)#+[ \t]*$/, ""));
  }
  return plainInline(
    texts.slice(heading.line, heading.endLine - 1).map((text4) => text4.trim()).join(" ")
  );
}
function plainInline(text4) {
  return text4.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1").replace(/<[^>\n]+>/g, "").replace(/(\*{1,3}|_{1,3}|~{1,2}|`+)(\S(?:.*?\S)?)\1/g, "$2").replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/[ \t]+/g, " ").trim();
}

// src/runbooks/summarize-runbook.ts
function summarizeRunbook(path2, content3) {
  let { frontMatter, sections } = readOutline(content3);
  assertValidFrontMatter(path2, frontMatter);
  let levelOne = sections.filter((section) => section.depth === 1), titleHeading = levelOne.length === 1 && sections[0] === levelOne[0] ? levelOne[0] : null, title = frontMatterString(frontMatter, "title") ?? levelOne[0]?.heading ?? sections[0]?.heading ?? path2.split("/").pop().replace(/\.md$/i, ""), lastReviewed = frontMatterString(frontMatter, "lastReviewed");
  return {
    path: path2,
    title,
    services: frontMatterList(frontMatter, "services"),
    lastReviewed: lastReviewed && /^\d{4}-\d{2}-\d{2}/.test(lastReviewed) ? lastReviewed.slice(0, 10) : lastReviewed,
    sections: sections.filter((section) => section !== titleHeading).map((section) => section.heading)
  };
}

// src/runbooks/runbook-catalog.ts
var READ_CONCURRENCY = 6, caches = /* @__PURE__ */ new WeakMap();
function cacheOf(source) {
  let cache = caches.get(source);
  return cache || (cache = new BoundedCache({
    maxEntries: 2e3,
    maxWeight: 32 * 1024 * 1024,
    weigh: (entry) => entry.content.length
  }), caches.set(source, cache)), cache;
}
async function readRunbookCatalog(ctx) {
  let source = ctx.sources.runbooks, fetch = { signal: ctx.signal, requests: ctx.requests }, listed = await source.listRunbooks(fetch), cache = cacheOf(source), entries = new Array(listed.length), next = 0, worker = async () => {
    for (; next < listed.length; ) {
      let index2 = next++, { path: path2, version } = listed[index2], key = `${path2}\0${version}`, entry = cache.get(key);
      if (!entry) {
        let file = await source.readRunbook(path2, fetch);
        entry = catalogEntry(file.path, file.version, file.content), cache.set(`${file.path}\0${file.version}`, entry);
      }
      entries[index2] = entry;
    }
  };
  return await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, listed.length) }, worker)), entries;
}
function catalogEntry(path2, version, content3) {
  try {
    return { path: path2, version, content: content3, summary: summarizeRunbook(path2, content3), problem: null };
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    let body = content3.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, ""), summary = summarizeRunbook(path2, body);
    return {
      path: path2,
      version,
      content: content3,
      summary: { ...summary, services: [], lastReviewed: null },
      problem: error.message
    };
  }
}

// src/runbooks/command-text.ts
var PROGRAMS = /* @__PURE__ */ new Set([
  "ansible",
  "ansible-playbook",
  "argocd",
  "aws",
  "az",
  "cat",
  "consul",
  "crictl",
  "curl",
  "dig",
  "docker",
  "docker-compose",
  "du",
  "df",
  "etcdctl",
  "flux",
  "free",
  "gcloud",
  "gh",
  "git",
  "grep",
  "gsutil",
  "head",
  "helm",
  "htop",
  "iostat",
  "iptables",
  "istioctl",
  "journalctl",
  "jq",
  "k9s",
  "kafka-consumer-groups",
  "kafka-topics",
  "kill",
  "kubectl",
  "kustomize",
  "less",
  "ls",
  "lsof",
  "make",
  "mongo",
  "mongosh",
  "mysql",
  "mysqladmin",
  "nc",
  "netstat",
  "nginx",
  "nomad",
  "nslookup",
  "openssl",
  "pg_dump",
  "pg_restore",
  "pgbouncer",
  "ping",
  "pkill",
  "ps",
  "psql",
  "python",
  "python3",
  "rabbitmqctl",
  "redis-cli",
  "rm",
  "rsync",
  "scp",
  "service",
  "ss",
  "ssh",
  "sudo",
  "systemctl",
  "tail",
  "tcpdump",
  "telnet",
  "terraform",
  "top",
  "traceroute",
  "vault",
  "vmstat",
  "wget"
]), INTERACTIVE = /* @__PURE__ */ new Set(["htop", "k9s", "top"]), NEEDS_TARGET = /^(?:apply|create|replace|patch|delete|edit|scale|annotate|label|taint|upgrade|install|uninstall|rollback|destroy|import|exec|run)$/, SCRIPT_PATH = /^(?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|rb|pl|js|ts)$/, ALSO_WORDS = /* @__PURE__ */ new Set([
  "cat",
  "df",
  "dig",
  "du",
  "free",
  "head",
  "kill",
  "less",
  "make",
  "nc",
  "ping",
  "ps",
  "rm",
  "service",
  "ss",
  "tail",
  "top"
]), PROSE_AFTER_PROGRAM = /^(?:is|was|were|are|has|had|have|and|or|the|a|an|seems|seemed|returned|showed|shows|did|didn't|does|doesn't|not|timed|kept|output|says|said|hung|failed|worked|works|errored|itself|access|again|too|also|which|that|then|could|couldn't|would|wouldn't|can|can't|cannot|will|won't)$/i, SQL = /^(?:select|update|delete|insert|alter|vacuum|analyze|explain|reindex|truncate|drop|create|grant|revoke|kill|show|set|begin|commit|rollback)\b/i, PROMPT = /^(?:\$|#|>|%|PS>|[\w.-]+@[\w.-]+(?::[^$#\s]*)?[$#])\s+/;
function stripPrompt(text4) {
  return text4.trim().replace(PROMPT, "");
}
function looksLikeCommand(text4, options) {
  let prompted = PROMPT.test(text4.trim()), command = stripPrompt(text4).replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, "");
  if (command.length < 3 || command.length > 400) return !1;
  let words = command.split(/\s+/), program = words[0] === "sudo" ? words[1] ?? "" : words[0];
  if (PROGRAMS.has(program)) {
    let rest = words.slice(words[0] === "sudo" ? 2 : 1);
    if (rest.length === 1 && NEEDS_TARGET.test(rest[0])) return !1;
    if (options.inCodeSpan || prompted) return words.length > 1 || INTERACTIVE.has(program);
    let argument = words[words[0] === "sudo" ? 2 : 1];
    return argument !== void 0 && !PROSE_AFTER_PROGRAM.test(argument) && (!ALSO_WORDS.has(program) || /^-/.test(argument));
  }
  return SQL.test(command) && words.length > 1 && (options.inCodeSpan || prompted || /;\s*$/.test(command)) ? !0 : SCRIPT_PATH.test(words[0]) ? options.inCodeSpan || prompted || words[0].includes("/") : options.inCodeSpan && /^[a-z][\w.-]*$/.test(words[0]) && words.length > 1 && (/(?:ctl|adm|cli)$/.test(words[0]) || words.slice(1).some((word) => /^--?[a-z]|[/=|]/.test(word)));
}
function normalizeCommand(text4) {
  return stripPrompt(text4).replace(/\\\r?\n/g, " ").replace(/[‘’']/g, '"').replace(/[“”]/g, '"').replace(/\s+/g, " ").replace(/[;\s]+$/, "").toLowerCase();
}
var PLACEHOLDER = /<[^<>\s]+>|\{\{?[^{}\s]+\}?\}|\$\{[^}\s]+\}|\$[a-z_][a-z0-9_]*/g;
function commandTemplate(normalized) {
  if (!PLACEHOLDER.test(normalized)) return null;
  PLACEHOLDER.lastIndex = 0;
  let pattern = "", copied = 0;
  for (let match of normalized.matchAll(PLACEHOLDER))
    pattern += escapeRegExp(normalized.slice(copied, match.index)) + "[^\\s]+", copied = match.index + match[0].length;
  return new RegExp(`^${pattern}${escapeRegExp(normalized.slice(copied))}$`);
}
function escapeRegExp(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var CHANGES_STATE = /(?:\b|_)(?:renew|rotate|disarm|raise|increase|resync|rebuild|recreate|restore|migrate|restart|rollout restart|rollout undo|undo|rollback|roll back|scale|delete|drain|cordon|uncordon|kill|pkill|reboot|failover|promote|apply|patch|replace|set|edit|annotate|label|taint|upgrade|install|uninstall|flush|flushall|purge|evict|stop|start|reload|enable|disable|terminate|reset|resume|pause|suspend|truncate|drop|update|insert|vacuum|reindex|rm|mv|cp|put|post|sync|invalidate|del|unlink|expire|terminate_backend|cancel_backend|clear)\b/, LOOKS_ONLY = /\b(?:get|describe|logs?|top|status|show|list|ls|cat|tail|head|grep|less|explain|select|ping|dig|nslookup|traceroute|netstat|ss|lsof|ps|df|du|free|iostat|vmstat|history|info|inspect|check|diff|events|version|query|watch|stats|health|whoami|config view|cluster-info)\b/;
function commandPurpose(command, context) {
  let words = normalizeCommand(command);
  if (/^(?:sudo )?curl\b/.test(words))
    return /\s-(?:x|-request)\s*"?(?:post|put|patch|delete)\b/.test(words) ? "mitigation" : "diagnosis";
  let first = words.split(" ")[0];
  return SCRIPT_PATH.test(first) ? /(?:check|status|list|show|get|debug|diag|inspect|report)[^/]*$/.test(first) ? "diagnosis" : "mitigation" : CHANGES_STATE.test(words) ? "mitigation" : LOOKS_ONLY.test(words) ? "diagnosis" : /\b(?:fix|fixed|mitigat|resolv|recover|restor|rolled|workaround)/i.test(context) ? "mitigation" : "diagnosis";
}

// src/runbooks/runbook-mentions.ts
var CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
function collectMentions(texts) {
  let commands = /* @__PURE__ */ new Set(), templates = /* @__PURE__ */ new Map(), add = (text4) => {
    let normalized = normalizeCommand(text4);
    if (normalized.length === 0 || commands.has(normalized)) return;
    commands.add(normalized);
    let template = commandTemplate(normalized);
    template && templates.set(normalized, template);
  };
  for (let text4 of texts) {
    let line = text4.replace(LINE_PREFIX, "");
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
function meaningfulLines(lines) {
  return lines.filter((line) => line.trim() !== "" && !/^\s*#(?!!)/.test(line) && !/^\s*--\s/.test(line));
}
function mentionsPhrase(mentions, phrase) {
  let normalized = maskNumbers(normalizeProse(phrase));
  return normalized.length > 0 && mentions.prose.includes(normalized);
}
function normalizeProse(text4) {
  return text4.toLowerCase().replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/[`*_~]/g, "").replace(/\s+/g, " ").trim();
}
function maskNumbers(text4) {
  return text4.replace(/\d+(?:[.,]\d+)*/g, "#");
}

// src/runbooks/prose-actions.ts
var ACTION_START = /^(?:restored|rolled back|reverted|raised|increased|lowered|reduced|bumped|scaled(?: up| down| out| in)?|failed over|promoted|migrated|drained|cordoned|rotated|renewed|re-?issued|issued|recreated|rebuilt|resynced|re-?synced|restarted|rebooted|replaced|re-?deployed|disabled|enabled|blocked|purged|flushed|removed|deleted|killed|terminated|moved|switched|upgraded|downgraded|patched|applied|cleared|freed|expanded|resized|added|ran|re-?ran|set|changed|reset|truncated|vacuumed|reindexed)\b/i, ACTION_ANYWHERE = new RegExp(ACTION_START.source.replace("^", "\\b"), "i"), FIX_PREFIX = /^(?:fixed|fix|mitigated|mitigation|workaround|resolved|resolution|remediation)\b[^:]{0,20}:\s*/i, SKIPPED_PREFIX = /^(?:we|i|then|and|so|finally|eventually)\s+/i;
function actionSentences(text4) {
  let found = [], fence2 = null;
  for (let line of text4.split(`
`)) {
    let marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence2 === null || marker.startsWith(fence2))) {
      fence2 = fence2 === null ? marker : null;
      continue;
    }
    if (fence2 !== null || /^\s*(?:\$|#|>)\s/.test(line)) continue;
    let plain = line.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").trim();
    for (let sentence of plain.split(/(?<=[.!?])\s+(?=[A-Z])|;\s+/)) {
      if (/:\s*$/.test(sentence)) continue;
      let fixed = FIX_PREFIX.test(sentence.trim());
      for (let part of sentence.trim().replace(FIX_PREFIX, "").split(/,?\s+then\s+/i)) {
        if (part.includes("`")) continue;
        let clause = part.trim().replace(/[.!]+$/, "").replace(SKIPPED_PREFIX, "");
        clause.length < 8 || clause.length > 300 || (ACTION_START.test(clause) || fixed && ACTION_ANYWHERE.test(clause)) && found.push(clause[0].toUpperCase() + clause.slice(1));
      }
    }
  }
  return found;
}
var ERROR_START = /^(?:error|fatal|panic|warning|failed|failure|exception|unable|cannot|could not|no more|[\w.-]+:\s+(?:[\w.-]+:\s+)?(?:[\w.-]+\s+){0,4}(?:error|failed|exceeded|refused|denied|timeout))\b/i, ERROR_WORDS = /\b(?:error|exception|exceeded|exceeds|not allowed|refused|denied|timed out|not accepting)\b/i;
function startsLikeErrorMessage(text4) {
  return text4.length >= 12 && ERROR_START.test(text4.trim());
}
function namesAFailure(text4) {
  return text4.length >= 12 && ERROR_WORDS.test(text4);
}
function actionWords(text4) {
  return new Set(
    (text4.toLowerCase().match(/[\p{L}\p{N}_.-]{3,}/gu) ?? []).filter(
      (word) => !/^(?:the|and|then|from|with|for|all|was|were)$/.test(word)
    )
  );
}

// src/runbooks/extract-steps.ts
var EXCERPT_LIMIT = 200, SHELL_LANGUAGES = /^(?:sh|bash|zsh|shell|console|shell-session|fish|ps1?|powershell|pwsh|sql|psql|mysql|cmd|bat)$/i, FENCE2 = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)/, CODE_SPAN2 = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;
function extractSteps(notes, logEntries) {
  let records = recordTexts(notes, logEntries), steps = /* @__PURE__ */ new Map(), add = (key, found, evidence) => {
    let known = steps.get(key);
    known ? (known.evidence.some((item) => item.at === evidence.at && item.excerpt === evidence.excerpt) || known.evidence.push(evidence), found.purpose === "mitigation" && (known.purpose = "mitigation")) : steps.set(key, { ...found, evidence: [evidence] });
  };
  for (let record of records) {
    let text4 = redactSecrets(record.text.replace(/\r\n?/g, `
`));
    for (let found of stepsInText(text4)) {
      let purpose = found.lines.some((line) => commandPurpose(line, text4) === "mitigation") ? "mitigation" : "diagnosis", evidence = { at: record.at, source: record.source, excerpt: excerpt(found.excerpt) };
      add(
        found.lines.map(normalizeCommand).join(`
`),
        { lines: found.lines, language: found.language, purpose, prose: !1 },
        evidence
      );
    }
    for (let sentence of actionSentences(text4)) {
      let evidence = { at: record.at, source: record.source, excerpt: excerpt(sentence) };
      add(
        `prose:${[...actionWords(sentence)].join(" ")}`,
        { lines: [sentence], language: null, purpose: "mitigation", prose: !0 },
        evidence
      );
    }
  }
  return withoutRepeatedActions(withoutCommandsInsideBlocks([...steps.values()]));
}
function quotedErrors(notes, logEntries) {
  let errors = /* @__PURE__ */ new Map();
  for (let record of recordTexts(notes, logEntries)) {
    let text4 = redactSecrets(record.text.replace(/\r\n?/g, `
`));
    for (let span of text4.matchAll(CODE_SPAN2)) {
      let message = span[2].trim();
      if (!(startsLikeErrorMessage(message) || namesAFailure(message) && !looksLikeCommand(message, { inCodeSpan: !0 }))) continue;
      let evidence = { at: record.at, source: record.source, excerpt: excerpt(text4) }, known = errors.get(message);
      known ? known.evidence.push(evidence) : errors.set(message, {
        lines: [message],
        language: null,
        purpose: "diagnosis",
        prose: !1,
        evidence: [evidence]
      });
    }
  }
  return [...errors.values()];
}
function withoutRepeatedActions(steps) {
  let prose = steps.filter((step) => step.prose), words = new Map(prose.map((step) => [step, actionWords(step.lines[0])]));
  return steps.filter((step) => {
    if (!step.prose) return !0;
    let mine = words.get(step), fuller = prose.find(
      (other) => other !== step && words.get(other).size > mine.size && [...mine].every((word) => words.get(other).has(word))
    );
    return fuller && fuller.evidence.push(...step.evidence.filter((item) => !fuller.evidence.includes(item))), !fuller;
  });
}
function recordTexts(notes, logEntries) {
  let noteTexts = new Set(notes.map((note) => note.content.trim()));
  return [
    ...notes.map((note) => ({ at: note.at, source: "note", text: note.content })),
    ...logEntries.filter((entry) => (entry.kind === "annotate" || entry.kind === "resolve") && entry.message).filter((entry) => !(entry.kind === "annotate" && noteTexts.has(entry.message.trim()))).map((entry) => ({ at: entry.at, source: "log_entry", text: entry.message }))
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function stepsInText(text4) {
  let found = [], lines = text4.split(`
`);
  for (let index2 = 0; index2 < lines.length; index2++) {
    let line = lines[index2], fence2 = FENCE2.exec(line);
    if (fence2) {
      let [, indent2, marker, info] = fence2, closing = new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`), body = [];
      for (index2++; index2 < lines.length && !closing.test(lines[index2]); index2++)
        body.push(
          lines[index2].startsWith(indent2) ? lines[index2].slice(indent2.length) : lines[index2].trimStart()
        );
      let block = commandsOfBlock(body, info);
      block && found.push(block);
      continue;
    }
    let plain = line.replace(LIST_MARKER, "");
    if (plain.includes("`"))
      for (let span of plain.matchAll(CODE_SPAN2)) {
        let command = span[2].trim();
        looksLikeCommand(command, { inCodeSpan: !0 }) && !startsLikeErrorMessage(command) && found.push({ lines: [stripPrompt(command)], language: null, excerpt: line.trim() });
      }
    else looksLikeCommand(plain, { inCodeSpan: !1 }) && !startsLikeErrorMessage(plain) && found.push({ lines: [stripPrompt(plain).replace(/\.$/, "")], language: null, excerpt: line.trim() });
  }
  return found;
}
function commandsOfBlock(body, info) {
  let meaningful = meaningfulLines(body);
  if (meaningful.length === 0) return null;
  let prompted = meaningful.filter((line) => /^\s*(?:\$|%|PS>)\s+/.test(line)), lines;
  if (prompted.length > 0) lines = prompted.map(stripPrompt);
  else if (SHELL_LANGUAGES.test(info)) lines = trimBlankEdges(body);
  else if (info === "" && looksLikeCommand(meaningful[0], { inCodeSpan: !0 }))
    lines = trimBlankEdges(body);
  else return null;
  if (lines.length === 1) return { lines, language: null, excerpt: meaningful[0] };
  let language = info === "" || /^(?:console|shell-session)$/i.test(info) ? prompted.length > 0 ? "sh" : null : info;
  return { lines, language, excerpt: meaningful.slice(0, 3).join(`
`) };
}
function trimBlankEdges(lines) {
  let start = 0, end = lines.length;
  for (; start < end && lines[start].trim() === ""; ) start++;
  for (; end > start && lines[end - 1].trim() === ""; ) end--;
  return lines.slice(start, end);
}
function withoutCommandsInsideBlocks(steps) {
  let inBlocks = new Set(
    steps.filter((step) => step.lines.length > 1).flatMap((step) => step.lines.map(normalizeCommand))
  );
  return steps.filter(
    (step) => step.prose || step.lines.length > 1 || !inBlocks.has(normalizeCommand(step.lines[0]))
  );
}
function excerpt(text4) {
  let oneLine = text4.replace(/\s*\n\s*/g, " \u23CE ").trim();
  return oneLine.length <= EXCERPT_LIMIT ? oneLine : `${oneLine.slice(0, EXCERPT_LIMIT - 1)}\u2026`;
}

export {
  collectMentions,
  mentionsCommand,
  mentionsBlock,
  mentionsPhrase,
  normalizeProse,
  extractSteps,
  quotedErrors,
  frontMatterProblem,
  lastReviewedEdit,
  parseBlocks,
  joinLines,
  isBlank,
  SECTION_ORDER,
  NEW_SECTION_HEADINGS,
  readOutline,
  findRunbookForService,
  defaultRunbookPath,
  readRunbookCatalog,
  catalogEntry
};
