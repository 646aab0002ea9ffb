import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createServer
} from "./chunk-WMMSH4SF.js";
import "./chunk-SIRGLJNJ.js";
import "./chunk-C377UVKX.js";
import {
  DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  JSONRPCMessageSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  isInitializeRequest,
  isJSONRPCErrorResponse,
  isJSONRPCRequest,
  isJSONRPCResultResponse
} from "./chunk-7FF2M64B.js";
import "./chunk-5J5TFA2B.js";
import "./chunk-HN7GKGSP.js";
import "./chunk-EPUQ4AKX.js";
import "./chunk-23M5H5XB.js";
import "./chunk-J4D3K4CF.js";
import "./chunk-HKFD4U5M.js";
import "./chunk-KO7IKWWM.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-HP6QBOZM.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-DKVNMX5N.js";

// node_modules/content-type/index.js
var require_content_type = __commonJS({
  "node_modules/content-type/index.js"(exports) {
    "use strict";
    var PARAM_REGEXP = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *("(?:[\u000b\u0020\u0021\u0023-\u005b\u005d-\u007e\u0080-\u00ff]|\\[\u000b\u0020-\u00ff])*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g, TEXT_REGEXP = /^[\u000b\u0020-\u007e\u0080-\u00ff]+$/, TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, QESC_REGEXP = /\\([\u000b\u0020-\u00ff])/g, QUOTE_REGEXP = /([\\"])/g, TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    exports.format = format;
    exports.parse = parse;
    function format(obj) {
      if (!obj || typeof obj != "object")
        throw new TypeError("argument obj is required");
      var parameters = obj.parameters, type = obj.type;
      if (!type || !TYPE_REGEXP.test(type))
        throw new TypeError("invalid type");
      var string = type;
      if (parameters && typeof parameters == "object")
        for (var param, params = Object.keys(parameters).sort(), i = 0; i < params.length; i++) {
          if (param = params[i], !TOKEN_REGEXP.test(param))
            throw new TypeError("invalid parameter name");
          string += "; " + param + "=" + qstring(parameters[param]);
        }
      return string;
    }
    function parse(string) {
      if (!string)
        throw new TypeError("argument string is required");
      var header = typeof string == "object" ? getcontenttype(string) : string;
      if (typeof header != "string")
        throw new TypeError("argument string is required to be a string");
      var index = header.indexOf(";"), type = index !== -1 ? header.slice(0, index).trim() : header.trim();
      if (!TYPE_REGEXP.test(type))
        throw new TypeError("invalid media type");
      var obj = new ContentType(type.toLowerCase());
      if (index !== -1) {
        var key, match, value;
        for (PARAM_REGEXP.lastIndex = index; match = PARAM_REGEXP.exec(header); ) {
          if (match.index !== index)
            throw new TypeError("invalid parameter format");
          index += match[0].length, key = match[1].toLowerCase(), value = match[2], value.charCodeAt(0) === 34 && (value = value.slice(1, -1), value.indexOf("\\") !== -1 && (value = value.replace(QESC_REGEXP, "$1"))), obj.parameters[key] = value;
        }
        if (index !== header.length)
          throw new TypeError("invalid parameter format");
      }
      return obj;
    }
    function getcontenttype(obj) {
      var header;
      if (typeof obj.getHeader == "function" ? header = obj.getHeader("content-type") : typeof obj.headers == "object" && (header = obj.headers && obj.headers["content-type"]), typeof header != "string")
        throw new TypeError("content-type header is missing from object");
      return header;
    }
    function qstring(val) {
      var str = String(val);
      if (TOKEN_REGEXP.test(str))
        return str;
      if (str.length > 0 && !TEXT_REGEXP.test(str))
        throw new TypeError("invalid parameter value");
      return '"' + str.replace(QUOTE_REGEXP, "\\$1") + '"';
    }
    function ContentType(type) {
      this.parameters = /* @__PURE__ */ Object.create(null), this.type = type;
    }
  }
});

// src/server/http.ts
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer } from "node:http";

// node_modules/@hono/node-server/dist/constants-BLSFu_RU.mjs
var X_ALREADY_SENT = "x-hono-already-sent";

// node_modules/@hono/node-server/dist/index.mjs
import { STATUS_CODES, ServerResponse, createServer as createServer2 } from "node:http";
import { Http2ServerRequest, constants } from "node:http2";
import { Readable } from "node:stream";

// node_modules/hono/dist/helper/websocket/index.js
var defineWebSocketHelper = (handler) => ((...args) => {
  if (typeof args[0] == "function") {
    let [createEvents, options] = args;
    return async function(c, next) {
      let result = await handler(c, await createEvents(c), options);
      if (result) return result;
      await next();
    };
  } else {
    let [c, events, options] = args;
    return (async () => {
      let upgraded = await handler(c, events, options);
      if (!upgraded) throw new Error("Failed to upgrade WebSocket");
      return upgraded;
    })();
  }
});

// node_modules/@hono/node-server/dist/index.mjs
var RequestError = class extends Error {
  constructor(message, options) {
    super(message, options), this.name = "RequestError";
  }
}, nonJoinedHeaders = /* @__PURE__ */ new Set([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "server",
  "user-agent"
]), validHeaderName = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+$/, isHttpWhitespace = (code) => code === 9 || code === 10 || code === 13 || code === 32, normalizeHeaderValue = (value) => {
  if (!isHttpWhitespace(value.charCodeAt(0)) && !isHttpWhitespace(value.charCodeAt(value.length - 1))) return value;
  let start = 0, end = value.length;
  for (; start < end && isHttpWhitespace(value.charCodeAt(start)); ) start++;
  for (; end > start && isHttpWhitespace(value.charCodeAt(end - 1)); ) end--;
  return value.slice(start, end);
}, forbiddenHeaderValue = /[\0\r\n]/, GlobalHeaders = globalThis.Headers, materializeHeaders = (rawHeaders, HeadersCtor = GlobalHeaders) => {
  let headers = new HeadersCtor();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    let name = rawHeaders[i];
    name.startsWith(":") || headers.append(name, rawHeaders[i + 1]);
  }
  return headers;
}, RequestHeaders = class {
  #incoming;
  #rawHeaders;
  #headers;
  #invalidValue;
  constructor(incoming) {
    this.#incoming = incoming, incoming instanceof Http2ServerRequest && (this.#rawHeaders = incoming.rawHeaders.slice());
  }
  get #lazyRawHeaders() {
    return this.#rawHeaders ??= this.#incoming.rawHeaders.slice();
  }
  get #native() {
    return this.#headers || (this.#headers = materializeHeaders(this.#lazyRawHeaders), this.#rawHeaders = void 0), this.#headers;
  }
  #normalizedName(name) {
    if (typeof name == "string") {
      if (!validHeaderName.test(name)) throw new TypeError(`Invalid header name: ${name}`);
      return name.toLowerCase();
    }
  }
  #lookupHttp1(lowerName) {
    let headers = this.#incoming instanceof Http2ServerRequest ? void 0 : this.#incoming.headers;
    if (!headers || nonJoinedHeaders.has(lowerName) || lowerName === "set-cookie" || lowerName === "__proto__") return;
    if (!Object.hasOwn(headers, lowerName)) return null;
    let rawValue = headers[lowerName];
    if (typeof rawValue == "string") {
      let value = normalizeHeaderValue(rawValue);
      return forbiddenHeaderValue.test(value) ? void 0 : value;
    }
  }
  #lookup(rawHeaders, lowerName) {
    let separator = lowerName === "cookie" ? "; " : ", ", value = null;
    for (let i = 0; i < rawHeaders.length; i += 2) {
      let rawName = rawHeaders[i];
      if (rawName.length === lowerName.length && rawName.toLowerCase() === lowerName) {
        let rawValue = normalizeHeaderValue(rawHeaders[i + 1]);
        if (forbiddenHeaderValue.test(rawValue)) {
          this.#invalidValue = !0;
          return;
        }
        value = value === null ? rawValue : value + separator + rawValue;
      }
    }
    return value;
  }
  append(name, value) {
    this.#native.append(name, value);
  }
  delete(name) {
    this.#native.delete(name);
  }
  get(name) {
    let lowerName = this.#normalizedName(name);
    if (lowerName && !this.#headers && !this.#invalidValue) {
      let http1Value = this.#lookupHttp1(lowerName);
      if (http1Value !== void 0) return http1Value;
      let value = this.#lookup(this.#lazyRawHeaders, lowerName);
      if (value !== void 0) return value;
    }
    return this.#native.get(name);
  }
  has(name) {
    let lowerName = this.#normalizedName(name);
    if (lowerName && !this.#headers && !this.#invalidValue) {
      let http1Value = this.#lookupHttp1(lowerName);
      if (http1Value !== void 0) return http1Value !== null;
      let value = this.#lookup(this.#lazyRawHeaders, lowerName);
      if (value !== void 0) return value !== null;
    }
    return this.#native.has(name);
  }
  set(name, value) {
    this.#native.set(name, value);
  }
  getSetCookie() {
    return this.#native.getSetCookie();
  }
  keys() {
    return this.#native.keys();
  }
  values() {
    return this.#native.values();
  }
  entries() {
    return this.#native.entries();
  }
  forEach(callback, thisArg) {
    this.#native.forEach((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
Object.defineProperty(RequestHeaders.prototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Headers (lightweight) ${inspectFn(Object.fromEntries(this), {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(RequestHeaders.prototype, GlobalHeaders.prototype);
var newHeadersFromIncoming = (incoming) => globalThis.Headers === GlobalHeaders ? new RequestHeaders(incoming) : materializeHeaders(incoming.rawHeaders, globalThis.Headers), reValidRequestUrl = /^\/[!#$&-;=?-\[\]_a-z~]*$/, reDotSegment = /\/\.\.?(?:[/?#]|$)/, reValidHost = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/, validateRequestTarget = (target) => {
  let backslash = target.indexOf("\\");
  if (backslash !== -1) {
    let query = target.indexOf("?");
    if (query === -1 || backslash < query) throw new RequestError("Backslash in request path");
  }
}, buildUrl = (scheme, host, incomingUrl) => {
  let url = `${scheme}://${host}${incomingUrl}`;
  if (reValidHost.test(host)) {
    if (incomingUrl.length === 0) return url + "/";
    if (incomingUrl.charCodeAt(0) !== 47) throw new RequestError("Invalid URL");
    return !reValidRequestUrl.test(incomingUrl) || reDotSegment.test(incomingUrl) ? (validateRequestTarget(incomingUrl), new URL(url).href) : url;
  } else {
    validateRequestTarget(incomingUrl);
    let urlObj = new URL(url);
    if (urlObj.hostname.length !== host.length && urlObj.hostname !== (host.includes(":") ? host.replace(/:\d+$/, "") : host).toLowerCase()) throw new RequestError("Invalid host header");
    return urlObj.href;
  }
}, toRequestError = (e) => e instanceof RequestError ? e : new RequestError(e.message, { cause: e }), GlobalRequest = global.Request, Request$1 = class Request$12 extends GlobalRequest {
  static [Symbol.hasInstance](instance) {
    return this === Request$12 ? instance instanceof GlobalRequest || Function.prototype[Symbol.hasInstance].call(this, instance) : Function.prototype[Symbol.hasInstance].call(this, instance);
  }
  constructor(input, options) {
    if (typeof input == "object" && getRequestCache in input) {
      let hasReplacementBody = options !== void 0 && "body" in options && options.body != null;
      if (input[bodyConsumedDirectlyKey] && !hasReplacementBody) throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
      input = input[getRequestCache]();
    }
    typeof options?.body?.getReader < "u" && (options.duplex ??= "half"), super(input, options);
  }
}, wrapBodyStream = /* @__PURE__ */ Symbol("wrapBodyStream"), byteExactEncodings = /* @__PURE__ */ new Set([
  "latin1",
  "binary",
  "hex",
  "base64",
  "base64url"
]), isByteExactEncoding = (encoding) => encoding === null || byteExactEncodings.has(encoding), bodyBufferedBeforeDisconnectKey = /* @__PURE__ */ Symbol("bodyBufferedBeforeDisconnect"), bodyBufferedLengthBeforeDisconnectKey = /* @__PURE__ */ Symbol("bodyBufferedLengthBeforeDisconnect"), toBufferChunk = (chunk, encoding) => Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding ?? "utf8"), isRecoverableDisconnectedIncoming = (incoming) => !(incoming instanceof Http2ServerRequest) && !!incoming.complete && !!incoming.readableAborted && typeof incoming.read == "function" && isByteExactEncoding(incoming.readableEncoding), recordBodyBufferedBeforeDisconnect = (incoming) => {
  if (incoming.readableDidRead || !isRecoverableDisconnectedIncoming(incoming)) return;
  let incomingWithRecovery = incoming;
  incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey] ??= incoming.readableLength;
}, readBodyBufferedBeforeDisconnect = (incoming, chunks) => {
  if (incoming.readableDidRead && !chunks || !isRecoverableDisconnectedIncoming(incoming)) return;
  let incomingWithRecovery = incoming;
  if (incomingWithRecovery[bodyBufferedBeforeDisconnectKey] !== void 0) return incomingWithRecovery[bodyBufferedBeforeDisconnectKey];
  let result, errored = incoming.errored;
  if (errored && errored.code !== "ECONNRESET") result = errored;
  else if (incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey] !== void 0 && incoming.readableLength !== incomingWithRecovery[bodyBufferedLengthBeforeDisconnectKey]) result = newBodyUnusableError();
  else {
    let bodyChunks = chunks ?? [], chunk;
    for (; (chunk = incoming.read()) !== null; ) bodyChunks.push(toBufferChunk(chunk, incoming.readableEncoding));
    let buffer = bodyChunks.length === 1 ? bodyChunks[0] : Buffer.concat(bodyChunks);
    result = buffer;
    let contentLength = incoming.headers["content-length"];
    if (typeof contentLength == "string" && /^\d+$/.test(contentLength)) {
      let expectedLength = Number(contentLength);
      Number.isSafeInteger(expectedLength) && buffer.length !== expectedLength && (result = newBodyUnusableError());
    }
  }
  return incomingWithRecovery[bodyBufferedBeforeDisconnectKey] = result, result;
}, enqueueBufferedBody = (controller, buffered) => {
  if (buffered instanceof Error) {
    controller.error(buffered);
    return;
  }
  buffered.length > 0 && controller.enqueue(buffered), controller.close();
}, newRequestFromIncoming = (method, url, headers, incoming, abortController) => {
  let init = {
    method,
    headers,
    signal: abortController.signal
  };
  if (method === "TRACE") {
    init.method = "GET";
    let req = new Request$1(url, init);
    return Object.defineProperty(req, "method", { get() {
      return "TRACE";
    } }), req;
  }
  if (!(method === "GET" || method === "HEAD")) if ("rawBody" in incoming && incoming.rawBody instanceof Buffer) init.body = new ReadableStream({ start(controller) {
    controller.enqueue(incoming.rawBody), controller.close();
  } });
  else if (incoming[wrapBodyStream]) {
    let reader;
    init.body = new ReadableStream({ async pull(controller) {
      try {
        if (!reader) {
          let buffered = readBodyBufferedBeforeDisconnect(incoming);
          if (buffered !== void 0) {
            enqueueBufferedBody(controller, buffered);
            return;
          }
        }
        reader ||= Readable.toWeb(incoming).getReader();
        let { done, value } = await reader.read();
        done ? controller.close() : controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    } });
  } else {
    let buffered = readBodyBufferedBeforeDisconnect(incoming);
    buffered !== void 0 ? init.body = new ReadableStream({ start(controller) {
      enqueueBufferedBody(controller, buffered);
    } }) : init.body = Readable.toWeb(incoming);
  }
  return new Request$1(url, init);
}, getRequestCache = /* @__PURE__ */ Symbol("getRequestCache"), requestCache = /* @__PURE__ */ Symbol("requestCache"), incomingKey = /* @__PURE__ */ Symbol("incomingKey"), urlKey = /* @__PURE__ */ Symbol("urlKey"), methodKey = /* @__PURE__ */ Symbol("methodKey"), headersKey = /* @__PURE__ */ Symbol("headersKey"), abortControllerKey = /* @__PURE__ */ Symbol("abortControllerKey"), getAbortController = /* @__PURE__ */ Symbol("getAbortController"), abortRequest = /* @__PURE__ */ Symbol("abortRequest"), bodyBufferKey = /* @__PURE__ */ Symbol("bodyBuffer"), bodyReadPromiseKey = /* @__PURE__ */ Symbol("bodyReadPromise"), bodyConsumedDirectlyKey = /* @__PURE__ */ Symbol("bodyConsumedDirectly"), bodyLockReaderKey = /* @__PURE__ */ Symbol("bodyLockReader"), abortReasonKey = /* @__PURE__ */ Symbol("abortReason"), newBodyUnusableError = () => /* @__PURE__ */ new TypeError("Body is unusable"), rejectBodyUnusable = () => Promise.reject(newBodyUnusableError()), textDecoder = new TextDecoder(), consumeBodyDirectOnce = (request) => {
  if (request[bodyConsumedDirectlyKey]) return rejectBodyUnusable();
  request[bodyConsumedDirectlyKey] = !0;
}, toArrayBuffer = (buf) => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), contentType = (request) => (request[headersKey] ||= newHeadersFromIncoming(request[incomingKey])).get("content-type") || "", methodTokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, normalizeIncomingMethod = (method) => {
  if (typeof method != "string" || method.length === 0) return "GET";
  switch (method) {
    case "DELETE":
    case "GET":
    case "HEAD":
    case "OPTIONS":
    case "PATCH":
    case "POST":
    case "PUT":
    case "QUERY":
      return method;
  }
  let upper = method.toUpperCase();
  switch (upper) {
    case "DELETE":
    case "GET":
    case "HEAD":
    case "OPTIONS":
    case "POST":
    case "PUT":
      return upper;
    default:
      return method;
  }
}, validateDirectReadMethod = (method) => {
  if (!methodTokenRegExp.test(method)) return /* @__PURE__ */ new TypeError(`'${method}' is not a valid HTTP method.`);
  let normalized = method.toUpperCase();
  if (normalized === "CONNECT" || normalized === "TRACK" || normalized === "TRACE" && method !== "TRACE") return /* @__PURE__ */ new TypeError(`'${method}' HTTP method is unsupported.`);
}, readBodyWithFastPath = (request, method, fromBuffer) => {
  if (request[bodyConsumedDirectlyKey]) return rejectBodyUnusable();
  let methodName = request.method;
  if (methodName === "GET" || methodName === "HEAD") return request[getRequestCache]()[method]();
  let methodValidationError = validateDirectReadMethod(methodName);
  if (methodValidationError) return Promise.reject(methodValidationError);
  if (request[requestCache] && methodName !== "TRACE")
    return request[requestCache][method]();
  let alreadyUsedError = consumeBodyDirectOnce(request);
  if (alreadyUsedError) return alreadyUsedError;
  let raw = readRawBodyIfAvailable(request);
  if (raw) {
    let result = Promise.resolve(fromBuffer(raw, request));
    return request[bodyBufferKey] = void 0, result;
  }
  return readBodyDirect(request).then((buf) => {
    let result = fromBuffer(buf, request);
    return request[bodyBufferKey] = void 0, result;
  });
}, readRawBodyIfAvailable = (request) => {
  let incoming = request[incomingKey];
  if ("rawBody" in incoming && incoming.rawBody instanceof Buffer) return incoming.rawBody;
}, normalizeAbortError = (request, incoming) => {
  if (incoming.errored) return incoming.errored;
  let reason = request[abortReasonKey];
  return reason !== void 0 ? reason instanceof Error ? reason : new Error(String(reason)) : /* @__PURE__ */ new Error("Client connection prematurely closed.");
}, readBodyDirect = (request) => {
  if (request[bodyBufferKey]) return Promise.resolve(request[bodyBufferKey]);
  if (request[bodyReadPromiseKey]) return request[bodyReadPromiseKey];
  let incoming = request[incomingKey];
  if (incoming.readableDidRead) return rejectBodyUnusable();
  let buffered = readBodyBufferedBeforeDisconnect(incoming);
  if (buffered !== void 0)
    return buffered instanceof Error ? Promise.reject(buffered) : (request[bodyBufferKey] = buffered, Promise.resolve(buffered));
  let promise = new Promise((resolve, reject) => {
    let chunks = [], settled = !1, finish = (callback) => {
      settled || (settled = !0, cleanup(), callback());
    }, recoverCompleteBodyAfterDisconnect = (error) => {
      let streamError = incoming.errored ?? error;
      return !isRecoverableDisconnectedIncoming(incoming) || streamError && streamError.code !== "ECONNRESET" ? !1 : (finish(() => {
        let recovered = readBodyBufferedBeforeDisconnect(incoming, chunks);
        recovered instanceof Error ? reject(recovered) : recovered === void 0 ? reject(error ?? normalizeAbortError(request, incoming)) : (request[bodyBufferKey] = recovered, resolve(recovered));
      }), !0);
    }, onData = (chunk) => {
      chunks.push(toBufferChunk(chunk, incoming.readableEncoding));
    }, onEnd = () => {
      finish(() => {
        let buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        request[bodyBufferKey] = buffer, resolve(buffer);
      });
    }, onError = (error) => {
      recoverCompleteBodyAfterDisconnect(error) || finish(() => {
        reject(error);
      });
    }, onClose = () => {
      if (incoming.readableEnded) {
        onEnd();
        return;
      }
      recoverCompleteBodyAfterDisconnect() || finish(() => {
        reject(normalizeAbortError(request, incoming));
      });
    }, cleanup = () => {
      incoming.off("data", onData), incoming.off("end", onEnd), incoming.off("error", onError), incoming.off("close", onClose), request[bodyReadPromiseKey] = void 0;
    };
    incoming.on("data", onData), incoming.on("end", onEnd), incoming.on("error", onError), incoming.on("close", onClose), queueMicrotask(() => {
      settled || (incoming.readableEnded ? onEnd() : incoming.errored ? onError(incoming.errored) : incoming.destroyed && onClose());
    });
  });
  return request[bodyReadPromiseKey] = promise, promise;
}, requestPrototype = {
  get method() {
    return this[methodKey];
  },
  get url() {
    return this[urlKey];
  },
  get headers() {
    return this[headersKey] ||= newHeadersFromIncoming(this[incomingKey]);
  },
  [abortRequest](reason) {
    this[abortReasonKey] === void 0 && (this[abortReasonKey] = reason);
    let abortController = this[abortControllerKey];
    abortController && !abortController.signal.aborted && abortController.abort(reason);
  },
  [getAbortController]() {
    return this[abortControllerKey] ||= new AbortController(), this[abortReasonKey] !== void 0 && !this[abortControllerKey].signal.aborted && this[abortControllerKey].abort(this[abortReasonKey]), this[abortControllerKey];
  },
  [getRequestCache]() {
    let abortController = this[getAbortController]();
    if (this[requestCache]) return this[requestCache];
    let method = this.method;
    if (this[bodyConsumedDirectlyKey] && !(method === "GET" || method === "HEAD")) {
      this[bodyBufferKey] = void 0;
      let init = {
        method: method === "TRACE" ? "GET" : method,
        headers: this.headers,
        signal: abortController.signal
      };
      method !== "TRACE" && (init.body = new ReadableStream({ start(c) {
        c.close();
      } }), init.duplex = "half");
      let req = new Request$1(this[urlKey], init);
      return method === "TRACE" && Object.defineProperty(req, "method", { get() {
        return "TRACE";
      } }), this[requestCache] = req;
    }
    return this[requestCache] = newRequestFromIncoming(this.method, this[urlKey], this.headers, this[incomingKey], abortController);
  },
  get body() {
    if (!this[bodyConsumedDirectlyKey]) return this[getRequestCache]().body;
    let request = this[getRequestCache]();
    return !this[bodyLockReaderKey] && request.body && (this[bodyLockReaderKey] = request.body.getReader()), request.body;
  },
  get bodyUsed() {
    return this[bodyConsumedDirectlyKey] ? !0 : this[requestCache] ? this[requestCache].bodyUsed : !1;
  }
};
Object.defineProperty(requestPrototype, "signal", { get() {
  return this[getAbortController]().signal;
} });
[
  "cache",
  "credentials",
  "destination",
  "duplex",
  "integrity",
  "mode",
  "redirect",
  "referrer",
  "referrerPolicy",
  "keepalive"
].forEach((k) => {
  Object.defineProperty(requestPrototype, k, { get() {
    return this[getRequestCache]()[k];
  } });
});
["clone", "formData"].forEach((k) => {
  Object.defineProperty(requestPrototype, k, { value: function() {
    if (this[bodyConsumedDirectlyKey]) {
      if (k === "clone") throw newBodyUnusableError();
      return rejectBodyUnusable();
    }
    return this[getRequestCache]()[k]();
  } });
});
Object.defineProperty(requestPrototype, "text", { value: function() {
  return readBodyWithFastPath(this, "text", (buf) => textDecoder.decode(buf));
} });
Object.defineProperty(requestPrototype, "arrayBuffer", { value: function() {
  return readBodyWithFastPath(this, "arrayBuffer", (buf) => toArrayBuffer(buf));
} });
Object.defineProperty(requestPrototype, "blob", { value: function() {
  return readBodyWithFastPath(this, "blob", (buf, request) => {
    let type = contentType(request), init = type ? { headers: { "content-type": type } } : void 0;
    return new Response(buf, init).blob();
  });
} });
Object.defineProperty(requestPrototype, "bytes", { value: function() {
  return this.arrayBuffer().then((buf) => new Uint8Array(buf));
} });
Object.defineProperty(requestPrototype, "json", { value: function() {
  return this[bodyConsumedDirectlyKey] ? rejectBodyUnusable() : this.text().then(JSON.parse);
} });
Object.defineProperty(requestPrototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Request (lightweight) ${inspectFn({
    method: this.method,
    url: this.url,
    headers: this.headers,
    nativeRequest: this[requestCache]
  }, {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(requestPrototype, Request$1.prototype);
var newRequest = (incoming, defaultHostname) => {
  let req = Object.create(requestPrototype);
  req[incomingKey] = incoming, req[methodKey] = normalizeIncomingMethod(incoming.method);
  let incomingUrl = incoming.url || "";
  if (incomingUrl[0] !== "/" && (incomingUrl.startsWith("http://") || incomingUrl.startsWith("https://"))) {
    if (incoming instanceof Http2ServerRequest) throw new RequestError("Absolute URL for :path is not allowed in HTTP/2");
    try {
      validateRequestTarget(incomingUrl), req[urlKey] = new URL(incomingUrl).href;
    } catch (e) {
      throw new RequestError("Invalid absolute URL", { cause: e });
    }
    return req;
  }
  let host = (incoming instanceof Http2ServerRequest ? incoming.authority : incoming.headers.host) || defaultHostname;
  if (!host) throw new RequestError("Missing host header");
  let scheme;
  if (incoming instanceof Http2ServerRequest) {
    if (scheme = incoming.scheme, !(scheme === "http" || scheme === "https")) throw new RequestError("Unsupported scheme");
  } else scheme = incoming.socket && incoming.socket.encrypted ? "https" : "http";
  try {
    req[urlKey] = buildUrl(scheme, host, incomingUrl);
  } catch (e) {
    throw e instanceof RequestError ? e : new RequestError("Invalid URL", { cause: e });
  }
  return req;
}, defaultContentType = "text/plain; charset=UTF-8", responseCache = /* @__PURE__ */ Symbol("responseCache"), getResponseCache = /* @__PURE__ */ Symbol("getResponseCache"), cacheKey = /* @__PURE__ */ Symbol("cache"), GlobalResponse = global.Response, Response$1 = class Response$12 {
  #body;
  #init;
  static [Symbol.hasInstance](instance) {
    return this === Response$12 ? instance instanceof GlobalResponse || Function.prototype[Symbol.hasInstance].call(this, instance) : Function.prototype[Symbol.hasInstance].call(this, instance);
  }
  [getResponseCache]() {
    let cache = this[cacheKey], liveHeaders = cache && cache[2] instanceof Headers ? cache[2] : void 0;
    return delete this[cacheKey], this[responseCache] ||= new GlobalResponse(this.#body, liveHeaders ? {
      status: this.#init?.status,
      statusText: this.#init?.statusText,
      headers: liveHeaders
    } : this.#init);
  }
  constructor(body, init) {
    let headers;
    if (this.#body = body, init instanceof GlobalResponse) {
      let cachedGlobalResponse = init[responseCache];
      if (cachedGlobalResponse) {
        this.#init = cachedGlobalResponse, this[getResponseCache]();
        return;
      }
      this.#init = #init in init ? init.#init : init, headers = new Headers(init.headers);
    } else this.#init = init;
    (body == null || typeof body == "string" || typeof body?.getReader < "u" || body instanceof Blob || body instanceof Uint8Array) && (this[cacheKey] = [
      init?.status || 200,
      body ?? null,
      headers || init?.headers
    ]);
  }
  get headers() {
    let cache = this[cacheKey];
    return cache ? (cache[2] instanceof Headers || (cache[2] = new Headers(cache[2] || (cache[1] === null ? void 0 : { "content-type": defaultContentType }))), cache[2]) : this[getResponseCache]().headers;
  }
  get status() {
    return this[cacheKey]?.[0] ?? this[getResponseCache]().status;
  }
  get ok() {
    let status = this.status;
    return status >= 200 && status < 300;
  }
};
[
  "body",
  "bodyUsed",
  "redirected",
  "statusText",
  "trailers",
  "type",
  "url"
].forEach((k) => {
  Object.defineProperty(Response$1.prototype, k, { get() {
    return this[getResponseCache]()[k];
  } });
});
[
  "arrayBuffer",
  "blob",
  "bytes",
  "clone",
  "formData",
  "json",
  "text"
].forEach((k) => {
  Object.defineProperty(Response$1.prototype, k, { value: function() {
    return this[getResponseCache]()[k]();
  } });
});
Object.defineProperty(Response$1.prototype, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: function(depth, options, inspectFn) {
  return `Response (lightweight) ${inspectFn({
    status: this.status,
    headers: this.headers,
    ok: this.ok,
    nativeResponse: this[responseCache]
  }, {
    ...options,
    depth: depth == null ? null : depth - 1
  })}`;
} });
Object.setPrototypeOf(Response$1, GlobalResponse);
Object.setPrototypeOf(Response$1.prototype, GlobalResponse.prototype);
var validRedirectUrl = /^https?:\/\/[!#-;=?-[\]_a-z~A-Z]+$/, parseRedirectUrl = (url) => url instanceof URL ? url.href : validRedirectUrl.test(url) ? url : new URL(url).href, validRedirectStatuses = /* @__PURE__ */ new Set([
  301,
  302,
  303,
  307,
  308
]);
Object.defineProperty(Response$1, "redirect", {
  value: function(url, status = 302) {
    if (!validRedirectStatuses.has(status)) throw new RangeError("Invalid status code");
    return new Response$1(null, {
      status,
      headers: { location: parseRedirectUrl(url) }
    });
  },
  writable: !0,
  configurable: !0
});
Object.defineProperty(Response$1, "json", {
  value: function(data, init) {
    let body = JSON.stringify(data);
    if (body === void 0) throw new TypeError("The data is not JSON serializable");
    let initHeaders = init?.headers, headers;
    return initHeaders ? (headers = new Headers(initHeaders), headers.has("content-type") || headers.set("content-type", "application/json")) : headers = { "content-type": "application/json" }, new Response$1(body, {
      status: init?.status ?? 200,
      statusText: init?.statusText,
      headers
    });
  },
  writable: !0,
  configurable: !0
});
async function readWithoutBlocking(readPromise) {
  return Promise.race([readPromise, Promise.resolve().then(() => Promise.resolve(void 0))]);
}
function writeFromReadableStreamDefaultReader(reader, writable, currentReadPromise) {
  let cancel = (error) => {
    reader.cancel(error).catch(() => {
    });
  }, stream = writable.stream;
  if (writable.destroyed || stream?.closed || stream?.destroyed)
    return cancel(), reader.closed;
  return writable.on("close", cancel), writable.on("error", cancel), (currentReadPromise ?? reader.read()).then(flow, handleStreamError), reader.closed.finally(() => {
    writable.off("close", cancel), writable.off("error", cancel);
  });
  function handleStreamError(error) {
    error && writable.destroy(error);
  }
  function onDrain() {
    reader.read().then(flow, handleStreamError);
  }
  function flow({ done, value }) {
    try {
      done ? writable.end() : writable.write(value) ? reader.read().then(flow, handleStreamError) : writable.once("drain", onDrain);
    } catch (e) {
      handleStreamError(e);
    }
  }
}
function writeFromReadableStream(stream, writable) {
  if (stream.locked) throw new TypeError("ReadableStream is locked.");
  if (writable.destroyed) {
    stream.cancel().catch(() => {
    });
    return;
  }
  return writeFromReadableStreamDefaultReader(stream.getReader(), writable);
}
var buildOutgoingHttpHeaders = (headers, defaultContentType2) => {
  let res = {};
  if (headers instanceof Headers || (headers = new Headers(headers ?? void 0)), headers.has("set-cookie")) {
    let cookies = [];
    for (let [k, v] of headers) k === "set-cookie" ? cookies.push(v) : res[k] = v;
    cookies.length > 0 && (res["set-cookie"] = cookies);
  } else for (let [k, v] of headers) res[k] = v;
  return defaultContentType2 && (res["content-type"] ??= defaultContentType2), res;
}, outgoingEnded = /* @__PURE__ */ Symbol("outgoingEnded"), incomingDraining = /* @__PURE__ */ Symbol("incomingDraining"), DRAIN_TIMEOUT_MS = 500, MAX_DRAIN_BYTES = 64 * 1024 * 1024, drainIncoming = (incoming) => {
  let incomingWithDrainState = incoming;
  if (incoming.destroyed || incomingWithDrainState[incomingDraining]) return;
  if (incomingWithDrainState[incomingDraining] = !0, incoming instanceof Http2ServerRequest) {
    try {
      incoming.stream?.close?.(constants.NGHTTP2_NO_ERROR);
    } catch {
    }
    return;
  }
  let bytesRead = 0, cleanup = () => {
    clearTimeout(timer), incoming.off("data", onData), incoming.off("end", cleanup), incoming.off("error", cleanup);
  }, forceClose = () => {
    cleanup();
    let socket = incoming.socket;
    socket && !socket.destroyed && (typeof socket.destroySoon == "function" ? socket.destroySoon() : typeof socket.destroy == "function" && socket.destroy());
  }, timer = setTimeout(forceClose, DRAIN_TIMEOUT_MS);
  timer.unref?.();
  let onData = (chunk) => {
    bytesRead += chunk.length, bytesRead > MAX_DRAIN_BYTES && forceClose();
  };
  incoming.on("data", onData), incoming.on("end", cleanup), incoming.on("error", cleanup), incoming.resume();
}, makeCloseHandler = (req, incoming, outgoing, needsBodyCleanup) => () => {
  incoming.errored ? (recordBodyBufferedBeforeDisconnect(incoming), req[abortRequest](incoming.errored.toString())) : (!outgoing.writableFinished || incoming instanceof Http2ServerRequest && incoming.aborted) && (recordBodyBufferedBeforeDisconnect(incoming), req[abortRequest]("Client connection prematurely closed.")), needsBodyCleanup && !incoming.readableEnded && setTimeout(() => {
    incoming.readableEnded || setTimeout(() => {
      drainIncoming(incoming);
    });
  });
}, isImmediateCacheableResponse = (res) => {
  if (!(cacheKey in res)) return !1;
  let body = res[cacheKey][1];
  return body === null || typeof body == "string" || body instanceof Uint8Array;
}, handleRequestError = () => new Response(null, { status: 400 }), handleFetchError = (e) => new Response(null, { status: e instanceof Error && (e.name === "TimeoutError" || e.constructor.name === "TimeoutError") ? 504 : 500 }), handleResponseError = (e, outgoing) => {
  let err = e instanceof Error ? e : new Error("unknown error", { cause: e });
  err.code === "ERR_STREAM_PREMATURE_CLOSE" ? console.info("The user aborted a request.") : (console.error(e), outgoing.headersSent || (outgoing instanceof ServerResponse && (outgoing._contentLength = null), outgoing.writeHead(500, { "Content-Type": "text/plain" })), outgoing.end(`Error: ${err.message}`), outgoing.destroy(err));
}, flushHeaders = (outgoing) => {
  "flushHeaders" in outgoing && outgoing.writable && outgoing.flushHeaders();
}, trySetContentLength = (outgoing, status, length) => {
  let http1 = outgoing;
  return http1._contentLength === null && http1._hasBody && http1.useChunkedEncodingByDefault && !http1._removedContLen && status >= 200 && status !== 204 && status !== 304 && !outgoing.hasHeader("content-length") && !outgoing.hasHeader("transfer-encoding") && !outgoing.hasHeader("trailer") ? (http1._contentLength = length, !0) : !1;
}, writeDefaultHeaders = (outgoing, status, length) => {
  trySetContentLength(outgoing, status, length) ? outgoing.writeHead(status, { "Content-Type": defaultContentType }) : outgoing.writeHead(status, {
    "Content-Type": defaultContentType,
    "Content-Length": length
  });
}, responseViaCache = async (res, outgoing) => {
  let [status, body, header] = res[cacheKey];
  if (!header) {
    body === null ? (outgoing.writeHead(status), outgoing.end()) : typeof body == "string" ? (writeDefaultHeaders(outgoing, status, Buffer.byteLength(body)), outgoing.end(body)) : body instanceof Uint8Array ? (writeDefaultHeaders(outgoing, status, body.byteLength), outgoing.end(body)) : body instanceof Blob ? (writeDefaultHeaders(outgoing, status, body.size), outgoing.end(new Uint8Array(await body.arrayBuffer()))) : (outgoing.writeHead(status, { "Content-Type": defaultContentType }), flushHeaders(outgoing), await writeFromReadableStream(body, outgoing)?.catch((e) => handleResponseError(e, outgoing))), outgoing[outgoingEnded]?.();
    return;
  }
  let hasContentLength = !1, plainHeaders = !1, canAutoLength = !0;
  if (header instanceof Headers)
    hasContentLength = header.has("content-length"), header = buildOutgoingHttpHeaders(header, body === null ? void 0 : defaultContentType);
  else if (Array.isArray(header)) {
    let headerObj = new Headers(header);
    hasContentLength = headerObj.has("content-length"), header = buildOutgoingHttpHeaders(headerObj, body === null ? void 0 : defaultContentType);
  } else {
    plainHeaders = !0;
    for (let key in header) {
      if (key.length === 14 && key.toLowerCase() === "content-length") {
        hasContentLength = !0;
        break;
      }
      (key.length === 17 && key.toLowerCase() === "transfer-encoding" || key.length === 7 && key.toLowerCase() === "trailer") && (canAutoLength = !1);
    }
  }
  if (!hasContentLength) {
    let length;
    typeof body == "string" ? length = Buffer.byteLength(body) : body instanceof Uint8Array ? length = body.byteLength : body instanceof Blob && (length = body.size), length !== void 0 && (!plainHeaders || !canAutoLength || !trySetContentLength(outgoing, status, length)) && (plainHeaders && (header = { ...header }), header["Content-Length"] = length);
  }
  outgoing.writeHead(status, header), body == null ? outgoing.end() : typeof body == "string" || body instanceof Uint8Array ? outgoing.end(body) : body instanceof Blob ? outgoing.end(new Uint8Array(await body.arrayBuffer())) : (flushHeaders(outgoing), await writeFromReadableStream(body, outgoing)?.catch((e) => handleResponseError(e, outgoing))), outgoing[outgoingEnded]?.();
}, isPromise = (res) => typeof res.then == "function", responseViaResponseObject = async (res, outgoing, options = {}) => {
  if (isPromise(res)) if (options.errorHandler) try {
    res = await res;
  } catch (err) {
    let errRes = await options.errorHandler(err);
    if (!errRes) return;
    res = errRes;
  }
  else res = await res.catch(handleFetchError);
  if (cacheKey in res) return responseViaCache(res, outgoing);
  let resHeaderRecord = buildOutgoingHttpHeaders(res.headers, res.body === null ? void 0 : defaultContentType);
  if (res.body) {
    let reader = res.body.getReader(), values = [], done = !1, currentReadPromise;
    if (resHeaderRecord["transfer-encoding"] !== "chunked") {
      let maxReadCount = 2;
      for (let i = 0; i < maxReadCount; i++) {
        currentReadPromise ||= reader.read();
        let chunk = await readWithoutBlocking(currentReadPromise);
        if (!chunk) {
          if (i === 1) {
            await new Promise((resolve) => setTimeout(resolve)), maxReadCount = 3;
            continue;
          }
          break;
        }
        if (currentReadPromise = void 0, chunk.value && values.push(chunk.value), chunk.done) {
          done = !0;
          break;
        }
      }
      done && !("content-length" in resHeaderRecord) && (resHeaderRecord["content-length"] = values.reduce((acc, value) => acc + value.length, 0));
    }
    outgoing.writeHead(res.status, resHeaderRecord), values.forEach((value) => {
      outgoing.write(value);
    }), done ? outgoing.end() : (values.length === 0 && flushHeaders(outgoing), await writeFromReadableStreamDefaultReader(reader, outgoing, currentReadPromise));
  } else resHeaderRecord[X_ALREADY_SENT] || (outgoing.writeHead(res.status, resHeaderRecord), outgoing.end());
  outgoing[outgoingEnded]?.();
}, getRequestListener = (fetchCallback, options = {}) => {
  let autoCleanupIncoming = options.autoCleanupIncoming ?? !0;
  return options.overrideGlobalObjects !== !1 && global.Request !== Request$1 && (Object.defineProperty(global, "Request", { value: Request$1 }), Object.defineProperty(global, "Response", { value: Response$1 })), async (incoming, outgoing) => {
    let res, req, needsBodyCleanup = !1, closeHandlerAttached = !1, ensureCloseHandler = () => {
      !req || closeHandlerAttached || (closeHandlerAttached = !0, outgoing.on("close", makeCloseHandler(req, incoming, outgoing, needsBodyCleanup)));
    };
    try {
      if (req = newRequest(incoming, options.hostname), needsBodyCleanup = autoCleanupIncoming && !(incoming.method === "GET" || incoming.method === "HEAD"), needsBodyCleanup && (incoming[wrapBodyStream] = !0, incoming instanceof Http2ServerRequest && (outgoing[outgoingEnded] = () => {
        incoming.readableEnded || setTimeout(() => {
          incoming.readableEnded || setTimeout(() => {
            incoming.destroy(), outgoing.destroy();
          });
        });
      })), res = fetchCallback(req, {
        incoming,
        outgoing
      }), !isPromise(res) && isImmediateCacheableResponse(res))
        return needsBodyCleanup && !incoming.readableEnded && outgoing.once("finish", () => {
          incoming.readableEnded || drainIncoming(incoming);
        }), responseViaCache(res, outgoing);
      ensureCloseHandler();
    } catch (e) {
      if (res) return handleResponseError(e, outgoing);
      if (options.errorHandler) {
        if (ensureCloseHandler(), res = await options.errorHandler(req ? e : toRequestError(e)), !res) return;
      } else req ? res = handleFetchError(e) : res = handleRequestError();
    }
    try {
      return await responseViaResponseObject(res, outgoing, options);
    } catch (e) {
      return handleResponseError(e, outgoing);
    }
  };
}, CloseEvent = globalThis.CloseEvent ?? class extends Event {
  #eventInitDict;
  constructor(type, eventInitDict = {}) {
    super(type, eventInitDict), this.#eventInitDict = eventInitDict;
  }
  get wasClean() {
    return this.#eventInitDict.wasClean ?? !1;
  }
  get code() {
    return this.#eventInitDict.code ?? 0;
  }
  get reason() {
    return this.#eventInitDict.reason ?? "";
  }
}, ErrorEvent = globalThis.ErrorEvent ?? class extends Event {
  #eventInitDict;
  constructor(type, eventInitDict = {}) {
    super(type, eventInitDict), this.#eventInitDict = eventInitDict;
  }
  get message() {
    return this.#eventInitDict.message ?? "";
  }
  get filename() {
    return this.#eventInitDict.filename ?? "";
  }
  get lineno() {
    return this.#eventInitDict.lineno ?? 0;
  }
  get colno() {
    return this.#eventInitDict.colno ?? 0;
  }
  get error() {
    return this.#eventInitDict.error ?? null;
  }
}, generateConnectionSymbol = () => /* @__PURE__ */ Symbol("connection"), CONNECTION_SYMBOL_KEY = /* @__PURE__ */ Symbol("CONNECTION_SYMBOL_KEY"), WAIT_FOR_WEBSOCKET_SYMBOL = /* @__PURE__ */ Symbol("WAIT_FOR_WEBSOCKET_SYMBOL");
var upgradeWebSocket = defineWebSocketHelper(async (c, events, options) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") return;
  let env = c.env, waitForWebSocket = env[WAIT_FOR_WEBSOCKET_SYMBOL];
  if (!waitForWebSocket || !env.incoming) return new Response(null, { status: 500 });
  let connectionSymbol = generateConnectionSymbol();
  return env[CONNECTION_SYMBOL_KEY] = connectionSymbol, (async () => {
    let ws;
    try {
      ws = await waitForWebSocket(env.incoming, connectionSymbol);
    } catch {
      return;
    }
    let messagesReceivedInStarting = [], bufferMessage = (data, isBinary) => {
      messagesReceivedInStarting.push([data, isBinary]);
    };
    ws.on("message", bufferMessage);
    let ctx = {
      binaryType: "arraybuffer",
      close(code, reason) {
        ws.close(code, reason);
      },
      protocol: ws.protocol,
      raw: ws,
      get readyState() {
        return ws.readyState;
      },
      send(source, opts) {
        ws.send(source, { compress: opts?.compress });
      },
      url: new URL(c.req.url)
    };
    try {
      events?.onOpen?.(new Event("open"), ctx);
    } catch (e) {
      (options?.onError ?? console.error)(e);
    }
    let handleMessage = (data, isBinary) => {
      let datas = Array.isArray(data) ? data : [data];
      for (let data2 of datas) try {
        events?.onMessage?.(new MessageEvent("message", { data: isBinary ? data2 instanceof ArrayBuffer ? data2 : data2.buffer.slice(data2.byteOffset, data2.byteOffset + data2.byteLength) : typeof data2 == "string" ? data2 : Buffer.from(data2).toString("utf-8") }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    };
    ws.off("message", bufferMessage);
    for (let message of messagesReceivedInStarting) handleMessage(...message);
    ws.on("message", (data, isBinary) => {
      handleMessage(data, isBinary);
    }), ws.on("close", (code, reason) => {
      try {
        events?.onClose?.(new CloseEvent("close", {
          code,
          reason: reason.toString()
        }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    }), ws.on("error", (error) => {
      try {
        events?.onError?.(new ErrorEvent("error", { error }), ctx);
      } catch (e) {
        (options?.onError ?? console.error)(e);
      }
    });
  })(), new Response();
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/mediaType.js
var import_content_type = __toESM(require_content_type(), 1);
function mediaTypeEssence(header) {
  if (header)
    try {
      return import_content_type.default.parse(header).type;
    } catch {
      let essence = (header.split(";", 1)[0] ?? "").trim().toLowerCase();
      return essence === "" || header.slice(essence.length).includes(",") ? void 0 : essence;
    }
}
function isJsonContentType(header) {
  return header === "application/json" ? !0 : mediaTypeEssence(header) === "application/json";
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/requestBody.js
function requestBodyTooLargeMessage(maxBytes) {
  return `Payload Too Large: Request body must not exceed ${maxBytes} bytes`;
}
function resolveMaxRequestBodySize(value) {
  if (value === void 0)
    return 4194304;
  if (typeof value != "number" || !Number.isFinite(value) || value <= 0)
    throw new RangeError(`maxRequestBodySize must be a positive number of bytes, got ${String(value)}`);
  return value;
}
async function readRequestBody(request, maxBytes = 4194304) {
  if (Number(request.headers.get("content-length")) > maxBytes)
    return { tooLarge: !0 };
  if (request.body === null)
    return { tooLarge: !1, text: "" };
  let reader = request.body.getReader(), decoder = new TextDecoder(), received = 0, text = "";
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done)
        break;
      if (received += value.byteLength, received > maxBytes)
        return { tooLarge: !0 };
      text += decoder.decode(value, { stream: !0 });
    }
  } finally {
    reader.releaseLock();
  }
  return { tooLarge: !1, text: text + decoder.decode() };
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/sseKeepAlive.js
function armSseKeepAlive(intervalMs, onTick) {
  if (!Number.isFinite(intervalMs) || intervalMs < 1)
    return;
  let timer = setInterval(onTick, Math.min(intervalMs, 2147483647));
  return timer.unref?.(), timer;
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js
var WebStandardStreamableHTTPServerTransport = class {
  constructor(options = {}) {
    this._started = !1, this._hasHandledRequest = !1, this._streamMapping = /* @__PURE__ */ new Map(), this._requestToStreamMapping = /* @__PURE__ */ new Map(), this._resumableStreams = /* @__PURE__ */ new Set(), this._requestResponseMap = /* @__PURE__ */ new Map(), this._initialized = !1, this._enableJsonResponse = !1, this._standaloneSseStreamId = "_GET_stream", this._closed = !1, this.sessionIdGenerator = options.sessionIdGenerator, this._enableJsonResponse = options.enableJsonResponse ?? !1, this._eventStore = options.eventStore, this._onsessioninitialized = options.onsessioninitialized, this._onsessionclosed = options.onsessionclosed, this._allowedHosts = options.allowedHosts, this._allowedOrigins = options.allowedOrigins, this._enableDnsRebindingProtection = options.enableDnsRebindingProtection ?? !1, this._retryInterval = options.retryInterval, this._keepAliveMs = options.keepAliveMs ?? 15e3, this._maxRequestBodySize = resolveMaxRequestBodySize(options.maxRequestBodySize);
  }
  /**
   * Arms a keep-alive interval for an SSE stream that periodically writes an SSE
   * comment frame so intermediaries and idle timeouts don't kill the connection.
   * The returned timer is owned by the stream it was armed for: the stream's
   * cancel/cleanup callbacks must clear it. The interval clears itself if a
   * write fails (stream already closed/cancelled).
   */
  startKeepAlive(controller, encoder) {
    if (this._closed)
      return;
    let timer = armSseKeepAlive(this._keepAliveMs, () => {
      try {
        controller.enqueue(encoder.encode(`: keepalive

`));
      } catch {
        timer !== void 0 && clearInterval(timer);
      }
    });
    return timer;
  }
  /**
   * Starts the transport. This is required by the Transport interface but is a no-op
   * for the Streamable HTTP transport as connections are managed per-request.
   */
  async start() {
    if (this._started)
      throw new Error("Transport already started");
    this._started = !0;
  }
  /**
   * Helper to create a JSON error response
   */
  createJsonErrorResponse(status, code, message, options) {
    let error = { code, message };
    return options?.data !== void 0 && (error.data = options.data), new Response(JSON.stringify({
      jsonrpc: "2.0",
      error,
      id: null
    }), {
      status,
      headers: {
        "Content-Type": "application/json",
        ...options?.headers
      }
    });
  }
  /**
   * Validates request headers for DNS rebinding protection.
   * @returns Error response if validation fails, undefined if validation passes.
   */
  validateRequestHeaders(req) {
    if (this._enableDnsRebindingProtection) {
      if (this._allowedHosts && this._allowedHosts.length > 0) {
        let hostHeader = req.headers.get("host");
        if (!hostHeader || !this._allowedHosts.includes(hostHeader)) {
          let error = `Invalid Host header: ${hostHeader}`;
          return this.onerror?.(new Error(error)), this.createJsonErrorResponse(403, -32e3, error);
        }
      }
      if (this._allowedOrigins && this._allowedOrigins.length > 0) {
        let originHeader = req.headers.get("origin");
        if (originHeader && !this._allowedOrigins.includes(originHeader)) {
          let error = `Invalid Origin header: ${originHeader}`;
          return this.onerror?.(new Error(error)), this.createJsonErrorResponse(403, -32e3, error);
        }
      }
    }
  }
  /**
   * Handles an incoming HTTP request, whether GET, POST, or DELETE
   * Returns a Response object (Web Standard)
   */
  async handleRequest(req, options) {
    if (this._closed)
      return this.createJsonErrorResponse(404, -32001, "Session not found");
    if (!this.sessionIdGenerator && this._hasHandledRequest)
      throw new Error("Stateless transport cannot be reused across requests. Create a new transport per request.");
    this._hasHandledRequest = !0;
    let validationError = this.validateRequestHeaders(req);
    if (validationError)
      return validationError;
    switch (req.method) {
      case "POST":
        return this.handlePostRequest(req, options);
      case "GET":
        return this.handleGetRequest(req);
      case "DELETE":
        return this.handleDeleteRequest(req);
      default:
        return this.handleUnsupportedRequest();
    }
  }
  /**
   * Writes a priming event to establish resumption capability.
   * Only sends if eventStore is configured (opt-in for resumability) and
   * the client's protocol version supports empty SSE data (>= 2025-11-25).
   */
  async writePrimingEvent(controller, encoder, streamId, protocolVersion) {
    if (!this._eventStore || protocolVersion < "2025-11-25")
      return;
    let primingEventId = await this._eventStore.storeEvent(streamId, {}), primingEvent = `id: ${primingEventId}
data: 

`;
    this._retryInterval !== void 0 && (primingEvent = `id: ${primingEventId}
retry: ${this._retryInterval}
data: 

`), controller.enqueue(encoder.encode(primingEvent)), this._resumableStreams.add(streamId);
  }
  /**
   * Handles GET requests for SSE stream
   */
  async handleGetRequest(req) {
    if (!req.headers.get("accept")?.includes("text/event-stream"))
      return this.onerror?.(new Error("Not Acceptable: Client must accept text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept text/event-stream");
    let sessionError = this.validateSession(req);
    if (sessionError)
      return sessionError;
    let protocolError = this.validateProtocolVersion(req);
    if (protocolError)
      return protocolError;
    if (this._eventStore) {
      let lastEventId = req.headers.get("last-event-id");
      if (lastEventId)
        return this.replayEvents(lastEventId);
    }
    if (this._streamMapping.get(this._standaloneSseStreamId) !== void 0)
      return this.onerror?.(new Error("Conflict: Only one SSE stream is allowed per session")), this.createJsonErrorResponse(409, -32e3, "Conflict: Only one SSE stream is allowed per session");
    let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
      start: (controller) => {
        streamController = controller;
      },
      cancel: () => {
        keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(this._standaloneSseStreamId)?.controller === streamController && this._streamMapping.delete(this._standaloneSseStreamId);
      }
    }), headers = {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no"
    };
    return this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId), this._streamMapping.set(this._standaloneSseStreamId, {
      controller: streamController,
      encoder,
      cleanup: () => {
        keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(this._standaloneSseStreamId);
        try {
          streamController.close();
        } catch {
        }
      }
    }), keepAliveTimer = this.startKeepAlive(streamController, encoder), new Response(readable, { headers });
  }
  /**
   * Replays events that would have been sent after the specified event ID
   * Only used when resumability is enabled
   */
  async replayEvents(lastEventId) {
    if (!this._eventStore)
      return this.onerror?.(new Error("Event store not configured")), this.createJsonErrorResponse(400, -32e3, "Event store not configured");
    try {
      let streamId;
      if (this._eventStore.getStreamIdForEventId) {
        if (streamId = await this._eventStore.getStreamIdForEventId(lastEventId), !streamId)
          return this.onerror?.(new Error("Invalid event ID format")), this.createJsonErrorResponse(400, -32e3, "Invalid event ID format");
        if (this._streamMapping.get(streamId) !== void 0)
          return this.onerror?.(new Error("Conflict: Stream already has an active connection")), this.createJsonErrorResponse(409, -32e3, "Conflict: Stream already has an active connection");
      }
      let headers = {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no"
      };
      this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
      let encoder = new TextEncoder(), streamController, keepAliveTimer, replayedStreamId, cancelled = !1, readable = new ReadableStream({
        start: (controller) => {
          streamController = controller;
        },
        cancel: () => {
          cancelled = !0, keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), replayedStreamId !== void 0 && this._streamMapping.get(replayedStreamId)?.controller === streamController && this._streamMapping.delete(replayedStreamId);
        }
      }), replayedEventIds = /* @__PURE__ */ new Set();
      if (replayedStreamId = await this._eventStore.replayEventsAfter(lastEventId, {
        send: async (eventId, message) => {
          if (this.writeSSEEvent(streamController, encoder, message, eventId))
            replayedEventIds.add(eventId);
          else {
            this.onerror?.(new Error("Failed replay events"));
            try {
              streamController.close();
            } catch {
            }
          }
        }
      }), this._closed || cancelled) {
        try {
          streamController.close();
        } catch {
        }
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      }
      return this._streamMapping.get(replayedStreamId)?.cleanup(), this._streamMapping.set(replayedStreamId, {
        controller: streamController,
        encoder,
        replayedEventIds,
        cleanup: () => {
          keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(replayedStreamId);
          try {
            streamController.close();
          } catch {
          }
        }
      }), this._resumableStreams.add(replayedStreamId), keepAliveTimer = this.startKeepAlive(streamController, encoder), new Response(readable, { headers });
    } catch (error) {
      return this.onerror?.(error), this.createJsonErrorResponse(500, -32e3, "Error replaying events");
    }
  }
  /**
   * Writes an event to an SSE stream via controller with proper formatting
   */
  writeSSEEvent(controller, encoder, message, eventId) {
    try {
      let eventData = `event: message
`;
      return eventId && (eventData += `id: ${eventId}
`), eventData += `data: ${JSON.stringify(message)}

`, controller.enqueue(encoder.encode(eventData)), !0;
    } catch (error) {
      return this.onerror?.(error), !1;
    }
  }
  /**
   * Handles unsupported requests (PUT, PATCH, etc.)
   */
  handleUnsupportedRequest() {
    return this.onerror?.(new Error("Method not allowed.")), new Response(JSON.stringify({
      jsonrpc: "2.0",
      error: {
        code: -32e3,
        message: "Method not allowed."
      },
      id: null
    }), {
      status: 405,
      headers: {
        Allow: "GET, POST, DELETE",
        "Content-Type": "application/json"
      }
    });
  }
  /**
   * Handles POST requests containing JSON-RPC messages
   */
  async handlePostRequest(req, options) {
    try {
      let acceptHeader = req.headers.get("accept");
      if (!acceptHeader?.includes("application/json") || !acceptHeader.includes("text/event-stream"))
        return this.onerror?.(new Error("Not Acceptable: Client must accept both application/json and text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept both application/json and text/event-stream");
      let ct = req.headers.get("content-type");
      if (!isJsonContentType(ct))
        return this.onerror?.(new Error("Unsupported Media Type: Content-Type must be application/json")), this.createJsonErrorResponse(415, -32e3, "Unsupported Media Type: Content-Type must be application/json");
      let requestInfo = {
        headers: Object.fromEntries(req.headers.entries()),
        url: new URL(req.url)
      }, rawMessage;
      if (options?.parsedBody !== void 0)
        rawMessage = options.parsedBody;
      else
        try {
          let body = await readRequestBody(req, this._maxRequestBodySize);
          if (body.tooLarge) {
            let message = requestBodyTooLargeMessage(this._maxRequestBodySize);
            return this.onerror?.(new Error(message)), this.createJsonErrorResponse(413, -32e3, message);
          }
          rawMessage = JSON.parse(body.text);
        } catch {
          return this.onerror?.(new Error("Parse error: Invalid JSON")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON");
        }
      if (Array.isArray(rawMessage) && rawMessage.length > 100)
        return this.onerror?.(new Error(`Invalid Request: Batch must not exceed ${100} messages`)), this.createJsonErrorResponse(400, -32600, `Invalid Request: Batch must not exceed ${100} messages`);
      let messages;
      try {
        Array.isArray(rawMessage) ? messages = rawMessage.map((msg) => JSONRPCMessageSchema.parse(msg)) : messages = [JSONRPCMessageSchema.parse(rawMessage)];
      } catch {
        return this.onerror?.(new Error("Parse error: Invalid JSON-RPC message")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON-RPC message");
      }
      if (this._closed)
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      let isInitializationRequest = messages.some(isInitializeRequest);
      if (isInitializationRequest) {
        if (this._initialized && this.sessionId !== void 0)
          return this.onerror?.(new Error("Invalid Request: Server already initialized")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Server already initialized");
        if (messages.length > 1)
          return this.onerror?.(new Error("Invalid Request: Only one initialization request is allowed")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Only one initialization request is allowed");
        this.sessionId = this.sessionIdGenerator?.(), this._initialized = !0, this.sessionId && this._onsessioninitialized && await Promise.resolve(this._onsessioninitialized(this.sessionId));
      }
      if (!isInitializationRequest) {
        let sessionError = this.validateSession(req);
        if (sessionError)
          return sessionError;
        let protocolError = this.validateProtocolVersion(req);
        if (protocolError)
          return protocolError;
      }
      if (this._closed)
        return this.createJsonErrorResponse(404, -32001, "Session not found");
      if (!messages.some(isJSONRPCRequest)) {
        for (let message of messages)
          this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
        return new Response(null, { status: 202 });
      }
      let streamId = crypto.randomUUID(), initRequest = messages.find((m) => isInitializeRequest(m)), clientProtocolVersion = initRequest ? initRequest.params.protocolVersion : req.headers.get("mcp-protocol-version") ?? DEFAULT_NEGOTIATED_PROTOCOL_VERSION;
      if (this._enableJsonResponse)
        return new Promise((resolve) => {
          this._streamMapping.set(streamId, {
            resolveJson: resolve,
            cleanup: () => {
              this._streamMapping.delete(streamId);
            }
          });
          for (let message of messages)
            isJSONRPCRequest(message) && this._requestToStreamMapping.set(message.id, streamId);
          for (let message of messages)
            this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
        });
      let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
        start: (controller) => {
          streamController = controller;
        },
        cancel: () => {
          keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(streamId)?.controller === streamController && this._streamMapping.delete(streamId);
        }
      }), headers = {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no"
      };
      this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
      for (let message of messages)
        isJSONRPCRequest(message) && (this._streamMapping.set(streamId, {
          controller: streamController,
          encoder,
          cleanup: () => {
            keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(streamId);
            try {
              streamController.close();
            } catch {
            }
          }
        }), this._requestToStreamMapping.set(message.id, streamId));
      try {
        await this.writePrimingEvent(streamController, encoder, streamId, clientProtocolVersion);
        for (let message of messages) {
          let closeSSEStream, closeStandaloneSSEStream;
          isJSONRPCRequest(message) && this._eventStore && clientProtocolVersion >= "2025-11-25" && (closeSSEStream = () => {
            this.closeSSEStream(message.id);
          }, closeStandaloneSSEStream = () => {
            this.closeStandaloneSSEStream();
          }), this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo, closeSSEStream, closeStandaloneSSEStream });
        }
      } catch (error) {
        this._streamMapping.get(streamId)?.cleanup(), this._resumableStreams.delete(streamId);
        for (let message of messages)
          isJSONRPCRequest(message) && this._requestToStreamMapping.delete(message.id);
        throw error;
      }
      return this._streamMapping.get(streamId)?.controller === streamController && (keepAliveTimer = this.startKeepAlive(streamController, encoder)), new Response(readable, { status: 200, headers });
    } catch (error) {
      return this.onerror?.(error), this.createJsonErrorResponse(400, -32700, "Parse error", { data: String(error) });
    }
  }
  /**
   * Handles DELETE requests to terminate sessions
   */
  async handleDeleteRequest(req) {
    let sessionError = this.validateSession(req);
    if (sessionError)
      return sessionError;
    let protocolError = this.validateProtocolVersion(req);
    if (protocolError)
      return protocolError;
    try {
      return await Promise.resolve(this._onsessionclosed?.(this.sessionId)), new Response(null, { status: 200 });
    } finally {
      await this.close();
    }
  }
  /**
   * Validates session ID for non-initialization requests.
   * Returns Response error if invalid, undefined otherwise
   */
  validateSession(req) {
    if (this.sessionIdGenerator === void 0)
      return;
    if (!this._initialized)
      return this.onerror?.(new Error("Bad Request: Server not initialized")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Server not initialized");
    let sessionId = req.headers.get("mcp-session-id");
    if (!sessionId)
      return this.onerror?.(new Error("Bad Request: Mcp-Session-Id header is required")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Mcp-Session-Id header is required");
    if (sessionId !== this.sessionId)
      return this.onerror?.(new Error("Session not found")), this.createJsonErrorResponse(404, -32001, "Session not found");
  }
  /**
   * Validates the MCP-Protocol-Version header on incoming requests.
   *
   * For initialization: Version negotiation handles unknown versions gracefully
   * (server responds with its supported version).
   *
   * For subsequent requests with MCP-Protocol-Version header:
   * - Accept if in supported list
   * - 400 if unsupported
   *
   * For HTTP requests without the MCP-Protocol-Version header:
   * - Accept and default to the version negotiated at initialization
   */
  validateProtocolVersion(req) {
    let protocolVersion = req.headers.get("mcp-protocol-version");
    if (protocolVersion !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(protocolVersion))
      return this.onerror?.(new Error(`Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`)), this.createJsonErrorResponse(400, -32e3, `Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`);
  }
  async close() {
    this._closed || (this._closed = !0, this._streamMapping.forEach(({ cleanup }) => {
      cleanup();
    }), this._streamMapping.clear(), this._requestResponseMap.clear(), this._resumableStreams.clear(), this.onclose?.());
  }
  /**
   * Close an SSE stream for a specific request, triggering client reconnection.
   * Use this to implement polling behavior during long-running operations -
   * client will reconnect after the retry interval specified in the priming event.
   */
  closeSSEStream(requestId) {
    let streamId = this._requestToStreamMapping.get(requestId);
    if (!streamId)
      return;
    let stream = this._streamMapping.get(streamId);
    stream && stream.cleanup();
  }
  /**
   * Close the standalone GET SSE stream, triggering client reconnection.
   * Use this to implement polling behavior for server-initiated notifications.
   */
  closeStandaloneSSEStream() {
    let stream = this._streamMapping.get(this._standaloneSseStreamId);
    stream && stream.cleanup();
  }
  async send(message, options) {
    let requestId = options?.relatedRequestId;
    if ((isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) && (requestId = message.id), requestId === void 0) {
      if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message))
        throw new Error("Cannot send a response on a standalone SSE stream unless resuming a previous client request");
      let eventId;
      this._eventStore && (eventId = await this._eventStore.storeEvent(this._standaloneSseStreamId, message));
      let standaloneSse = this._streamMapping.get(this._standaloneSseStreamId);
      if (standaloneSse === void 0)
        return;
      standaloneSse.controller && standaloneSse.encoder && (eventId === void 0 || !standaloneSse.replayedEventIds?.has(eventId)) && this.writeSSEEvent(standaloneSse.controller, standaloneSse.encoder, message, eventId);
      return;
    }
    let streamId = this._requestToStreamMapping.get(requestId);
    if (!streamId)
      throw new Error(`No connection established for request ID: ${String(requestId)}`);
    let stream = this._streamMapping.get(streamId);
    if (!this._enableJsonResponse) {
      let eventId;
      this._eventStore && (eventId = await this._eventStore.storeEvent(streamId, message), stream = this._streamMapping.get(streamId)), stream?.controller && stream?.encoder && (eventId === void 0 || !stream.replayedEventIds?.has(eventId)) && this.writeSSEEvent(stream.controller, stream.encoder, message, eventId) && eventId !== void 0 && this._resumableStreams.add(streamId);
    }
    if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) {
      this._requestResponseMap.set(requestId, message);
      let relatedIds = Array.from(this._requestToStreamMapping.entries()).filter(([_, sid]) => sid === streamId).map(([id]) => id);
      if (relatedIds.every((id) => this._requestResponseMap.has(id))) {
        if (!stream) {
          if (this._closed) {
            for (let id of relatedIds)
              this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
            return;
          }
          if (!this._enableJsonResponse && this._eventStore && this._resumableStreams.has(streamId)) {
            for (let id of relatedIds)
              this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
            this._resumableStreams.delete(streamId);
            return;
          }
          for (let id of relatedIds)
            this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
          throw new Error(`No connection established for request ID: ${String(requestId)}`);
        }
        if (this._enableJsonResponse && stream.resolveJson) {
          let headers = {
            "Content-Type": "application/json"
          };
          this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
          let responses = relatedIds.map((id) => this._requestResponseMap.get(id));
          responses.length === 1 ? stream.resolveJson(new Response(JSON.stringify(responses[0]), { status: 200, headers })) : stream.resolveJson(new Response(JSON.stringify(responses), { status: 200, headers }));
        } else
          stream.cleanup();
        for (let id of relatedIds)
          this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
        this._resumableStreams.delete(streamId);
      }
    }
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js
var StreamableHTTPServerTransport = class {
  constructor(options = {}) {
    this._requestContext = /* @__PURE__ */ new WeakMap(), this._webStandardTransport = new WebStandardStreamableHTTPServerTransport(options), this._requestListener = getRequestListener(async (webRequest) => {
      let context = this._requestContext.get(webRequest);
      return this._webStandardTransport.handleRequest(webRequest, {
        authInfo: context?.authInfo,
        parsedBody: context?.parsedBody
      });
    }, { overrideGlobalObjects: !1 });
  }
  /**
   * Gets the session ID for this transport instance.
   */
  get sessionId() {
    return this._webStandardTransport.sessionId;
  }
  /**
   * Sets callback for when the transport is closed.
   */
  set onclose(handler) {
    this._webStandardTransport.onclose = handler;
  }
  get onclose() {
    return this._webStandardTransport.onclose;
  }
  /**
   * Sets callback for transport errors.
   */
  set onerror(handler) {
    this._webStandardTransport.onerror = handler;
  }
  get onerror() {
    return this._webStandardTransport.onerror;
  }
  /**
   * Sets callback for incoming messages.
   */
  set onmessage(handler) {
    this._webStandardTransport.onmessage = handler;
  }
  get onmessage() {
    return this._webStandardTransport.onmessage;
  }
  /**
   * Starts the transport. This is required by the Transport interface but is a no-op
   * for the Streamable HTTP transport as connections are managed per-request.
   */
  async start() {
    return this._webStandardTransport.start();
  }
  /**
   * Closes the transport and all active connections.
   */
  async close() {
    return this._webStandardTransport.close();
  }
  /**
   * Sends a JSON-RPC message through the transport.
   */
  async send(message, options) {
    return this._webStandardTransport.send(message, options);
  }
  /**
   * Handles an incoming HTTP request, whether GET or POST.
   *
   * This method converts Node.js HTTP objects to Web Standard Request/Response
   * and delegates to the underlying WebStandardStreamableHTTPServerTransport.
   *
   * @param req - Node.js IncomingMessage, optionally with auth property from middleware
   * @param res - Node.js ServerResponse
   * @param parsedBody - Optional pre-parsed body from body-parser middleware
   */
  async handleRequest(req, res, parsedBody) {
    let authInfo = req.auth;
    await getRequestListener(async (webRequest) => this._webStandardTransport.handleRequest(webRequest, {
      authInfo,
      parsedBody
    }), { overrideGlobalObjects: !1 })(req, res);
  }
  /**
   * Close an SSE stream for a specific request, triggering client reconnection.
   * Use this to implement polling behavior during long-running operations -
   * client will reconnect after the retry interval specified in the priming event.
   */
  closeSSEStream(requestId) {
    this._webStandardTransport.closeSSEStream(requestId);
  }
  /**
   * Close the standalone GET SSE stream, triggering client reconnection.
   * Use this to implement polling behavior for server-initiated notifications.
   */
  closeStandaloneSSEStream() {
    this._webStandardTransport.closeStandaloneSSEStream();
  }
};

// src/server/http-allowed.ts
function nameOf(host) {
  return host.replace(/:\d+$/, "");
}
function hostAllowed(header, allowed) {
  let host = (header ?? "").toLowerCase();
  return host === "" ? !1 : allowed.local.has(host) ? !0 : allowed.hosts.some((entry) => entry === host || nameOf(entry) === entry && entry === nameOf(host));
}
function originAllowed(header, allowed) {
  if (!header) return !0;
  let url;
  try {
    url = new URL(header);
  } catch {
    return !1;
  }
  return allowed.origins.includes(url.origin) || hostAllowed(url.host, allowed);
}

// src/server/http.ts
var MAX_BODY_BYTES = 1024 * 1024, LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
function sameSecret(given, expected) {
  let digest = (text) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
function reply(res, status, message, headers = {}) {
  res.headersSent || (res.writeHead(status, { "content-type": "application/json", ...headers }), res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32e3, message }, id: null })));
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      req.resume(), resolve("too-large");
      return;
    }
    let chunks = [], size = 0;
    req.on("data", (chunk) => {
      size += chunk.length, size > MAX_BODY_BYTES ? (req.removeAllListeners("data"), req.resume(), resolve("too-large")) : chunks.push(chunk);
    }), req.on("end", () => resolve(Buffer.concat(chunks))), req.on("error", reject);
  });
}
async function serveHttp(app, http, limits = { maxSessions: http.maxSessions, idleMillis: http.idleMinutes * 6e4 }) {
  let sessions = /* @__PURE__ */ new Map(), allowed = { local: /* @__PURE__ */ new Set(), hosts: http.allowedHosts, origins: http.allowedOrigins }, handle = async (req, res) => {
    let path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json" }), res.end(JSON.stringify({ status: "ok", sessions: sessions.size }));
      return;
    }
    if (!hostAllowed(req.headers.host, allowed) || !originAllowed(req.headers.origin, allowed))
      return reply(
        res,
        403,
        "Forbidden: Host or Origin not allowed; to reach the server by another name, list it in ONCALL_HTTP_ALLOWED_HOSTS (and a browser's origin in ONCALL_HTTP_ALLOWED_ORIGINS)."
      );
    if (path !== "/mcp") return reply(res, 404, "Not found: the MCP endpoint is /mcp.");
    if (http.token) {
      let header = req.headers.authorization ?? "", given = header.startsWith("Bearer ") ? header.slice(7) : "";
      if (!sameSecret(given, http.token))
        return reply(res, 401, "Unauthorized: send Authorization: Bearer <ONCALL_HTTP_TOKEN>.", {
          "www-authenticate": 'Bearer realm="oncall-mentor-mcp"'
        });
    }
    let parsedBody;
    if (req.method === "POST") {
      let body = await readBody(req);
      if (body === "too-large")
        return reply(res, 413, `Request body over ${MAX_BODY_BYTES} bytes.`, { connection: "close" });
      try {
        parsedBody = JSON.parse(body.toString("utf8"));
      } catch {
        return reply(res, 400, "Parse error: the body is not JSON.");
      }
    }
    let sessionId = req.headers["mcp-session-id"];
    if (typeof sessionId == "string") {
      let session = sessions.get(sessionId);
      if (!session) return reply(res, 404, "Session not found; initialize a new session.");
      session.lastSeen = Date.now(), await session.transport.handleRequest(req, res, parsedBody);
      return;
    }
    if (req.method !== "POST") return reply(res, 400, "Bad request: no mcp-session-id header.");
    if (sessions.size >= limits.maxSessions)
      return reply(res, 503, "Too many sessions; close one or try again later.", { "retry-after": "30" });
    let { server } = createServer(app), transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, close: () => server.close(), lastSeen: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      }
    });
    transport.onclose = () => {
      transport.sessionId && sessions.delete(transport.sessionId);
    }, await server.connect(transport), await transport.handleRequest(req, res, parsedBody), transport.sessionId || await server.close();
  }, httpServer = createHttpServer((req, res) => {
    handle(req, res).catch((error) => {
      app.log.warn(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`), reply(res, 500, "Internal error.");
    });
  });
  await new Promise((resolve, reject) => {
    httpServer.once("error", reject), httpServer.listen(http.port, http.host, () => resolve());
  });
  let address = httpServer.address(), port = typeof address == "object" && address ? address.port : http.port, names = /* @__PURE__ */ new Set([...LOOPBACK_NAMES, http.host.includes(":") ? `[${http.host}]` : http.host]);
  allowed = { ...allowed, local: new Set([...names].map((name) => `${name}:${port}`.toLowerCase())) };
  let sweeper = setInterval(
    () => {
      let now = Date.now();
      for (let [id, session] of sessions)
        now - session.lastSeen > limits.idleMillis && (sessions.delete(id), session.close());
    },
    Math.min(6e4, limits.idleMillis)
  );
  return sweeper.unref(), {
    url: `http://${http.host.includes(":") ? `[${http.host}]` : http.host}:${port}`,
    sessionCount: () => sessions.size,
    close: async () => {
      clearInterval(sweeper), await Promise.all([...sessions.values()].map((session) => session.close())), sessions.clear(), httpServer.closeAllConnections(), await new Promise((resolve) => httpServer.close(() => resolve()));
    }
  };
}
export {
  MAX_BODY_BYTES,
  serveHttp
};
/*! Bundled license information:

content-type/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)
*/
