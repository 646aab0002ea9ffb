import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readinessThresholds
} from "./chunk-HTE4XTY6.js";
import {
  knownIdsPhrase
} from "./chunk-Z6XIM2SB.js";
import {
  mapBounded
} from "./chunk-5M6LFBTC.js";
import {
  require_dist
} from "./chunk-QFTLS6H4.js";
import {
  isOverviewEntry,
  normaliseAlert,
  normaliseIncident,
  normaliseLogEntry,
  normaliseNote,
  teamJoins
} from "./chunk-ZC6Y2FGO.js";
import {
  addLocalDays,
  formatLocalDateTime,
  isValidTimeZone,
  localToInstant,
  parseLocalDateTime,
  parseOffsetDateTime
} from "./chunk-X76O3TIG.js";
import "./chunk-P23S5MLP.js";
import {
  external_exports
} from "./chunk-7U34ADOT.js";
import {
  NotFoundError,
  StaleVersionError,
  UserInputError,
  WorkspaceError
} from "./chunk-WMQNFYIK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-DKVNMX5N.js";

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants = __require("constants"), origCwd = process.cwd, cwd = null, platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      return cwd || (cwd = origCwd.call(process)), cwd;
    };
    try {
      process.cwd();
    } catch {
    }
    typeof process.chdir == "function" && (chdir = process.chdir, process.chdir = function(d) {
      cwd = null, chdir.call(process, d);
    }, Object.setPrototypeOf && Object.setPrototypeOf(process.chdir, chdir));
    var chdir;
    module.exports = patch;
    function patch(fs) {
      constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./) && patchLchmod(fs), fs.lutimes || patchLutimes(fs), fs.chown = chownFix(fs.chown), fs.fchown = chownFix(fs.fchown), fs.lchown = chownFix(fs.lchown), fs.chmod = chmodFix(fs.chmod), fs.fchmod = chmodFix(fs.fchmod), fs.lchmod = chmodFix(fs.lchmod), fs.chownSync = chownFixSync(fs.chownSync), fs.fchownSync = chownFixSync(fs.fchownSync), fs.lchownSync = chownFixSync(fs.lchownSync), fs.chmodSync = chmodFixSync(fs.chmodSync), fs.fchmodSync = chmodFixSync(fs.fchmodSync), fs.lchmodSync = chmodFixSync(fs.lchmodSync), fs.stat = statFix(fs.stat), fs.fstat = statFix(fs.fstat), fs.lstat = statFix(fs.lstat), fs.statSync = statFixSync(fs.statSync), fs.fstatSync = statFixSync(fs.fstatSync), fs.lstatSync = statFixSync(fs.lstatSync), fs.chmod && !fs.lchmod && (fs.lchmod = function(path, mode, cb) {
        cb && process.nextTick(cb);
      }, fs.lchmodSync = function() {
      }), fs.chown && !fs.lchown && (fs.lchown = function(path, uid, gid, cb) {
        cb && process.nextTick(cb);
      }, fs.lchownSync = function() {
      }), platform === "win32" && (fs.rename = typeof fs.rename != "function" ? fs.rename : (function(fs$rename) {
        function rename2(from, to, cb) {
          var start = Date.now(), backoff = 0;
          fs$rename(from, to, function CB(er) {
            if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
              setTimeout(function() {
                fs.stat(to, function(stater, st) {
                  stater && stater.code === "ENOENT" ? fs$rename(from, to, CB) : cb(er);
                });
              }, backoff), backoff < 100 && (backoff += 10);
              return;
            }
            cb && cb(er);
          });
        }
        return Object.setPrototypeOf && Object.setPrototypeOf(rename2, fs$rename), rename2;
      })(fs.rename)), fs.read = typeof fs.read != "function" ? fs.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ == "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10)
                return eagCounter++, fs$read.call(fs, fd, buffer, offset, length, position, callback);
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs, fd, buffer, offset, length, position, callback);
        }
        return Object.setPrototypeOf && Object.setPrototypeOf(read, fs$read), read;
      })(fs.read), fs.readSync = typeof fs.readSync != "function" ? fs.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          for (var eagCounter = 0; ; )
            try {
              return fs$readSync.call(fs, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
        };
      })(fs.readSync);
      function patchLchmod(fs2) {
        fs2.lchmod = function(path, mode, callback) {
          fs2.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                callback && callback(err);
                return;
              }
              fs2.fchmod(fd, mode, function(err2) {
                fs2.close(fd, function(err22) {
                  callback && callback(err2 || err22);
                });
              });
            }
          );
        }, fs2.lchmodSync = function(path, mode) {
          var fd = fs2.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode), threw = !0, ret;
          try {
            ret = fs2.fchmodSync(fd, mode), threw = !1;
          } finally {
            if (threw)
              try {
                fs2.closeSync(fd);
              } catch {
              }
            else
              fs2.closeSync(fd);
          }
          return ret;
        };
      }
      function patchLutimes(fs2) {
        constants.hasOwnProperty("O_SYMLINK") && fs2.futimes ? (fs2.lutimes = function(path, at, mt, cb) {
          fs2.open(path, constants.O_SYMLINK, function(er, fd) {
            if (er) {
              cb && cb(er);
              return;
            }
            fs2.futimes(fd, at, mt, function(er2) {
              fs2.close(fd, function(er22) {
                cb && cb(er2 || er22);
              });
            });
          });
        }, fs2.lutimesSync = function(path, at, mt) {
          var fd = fs2.openSync(path, constants.O_SYMLINK), ret, threw = !0;
          try {
            ret = fs2.futimesSync(fd, at, mt), threw = !1;
          } finally {
            if (threw)
              try {
                fs2.closeSync(fd);
              } catch {
              }
            else
              fs2.closeSync(fd);
          }
          return ret;
        }) : fs2.futimes && (fs2.lutimes = function(_a, _b, _c, cb) {
          cb && process.nextTick(cb);
        }, fs2.lutimesSync = function() {
        });
      }
      function chmodFix(orig) {
        return orig && function(target, mode, cb) {
          return orig.call(fs, target, mode, function(er) {
            chownErOk(er) && (er = null), cb && cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        return orig && function(target, mode) {
          try {
            return orig.call(fs, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        return orig && function(target, uid, gid, cb) {
          return orig.call(fs, target, uid, gid, function(er) {
            chownErOk(er) && (er = null), cb && cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        return orig && function(target, uid, gid) {
          try {
            return orig.call(fs, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        return orig && function(target, options, cb) {
          typeof options == "function" && (cb = options, options = null);
          function callback(er, stats) {
            stats && (stats.uid < 0 && (stats.uid += 4294967296), stats.gid < 0 && (stats.gid += 4294967296)), cb && cb.apply(this, arguments);
          }
          return options ? orig.call(fs, target, options, callback) : orig.call(fs, target, callback);
        };
      }
      function statFixSync(orig) {
        return orig && function(target, options) {
          var stats = options ? orig.call(fs, target, options) : orig.call(fs, target);
          return stats && (stats.uid < 0 && (stats.uid += 4294967296), stats.gid < 0 && (stats.gid += 4294967296)), stats;
        };
      }
      function chownErOk(er) {
        if (!er || er.code === "ENOSYS")
          return !0;
        var nonroot = !process.getuid || process.getuid() !== 0;
        return !!(nonroot && (er.code === "EINVAL" || er.code === "EPERM"));
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self = this;
        this.path = path, this.fd = null, this.readable = !0, this.paused = !1, this.flags = "r", this.mode = 438, this.bufferSize = 64 * 1024, options = options || {};
        for (var keys = Object.keys(options), index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding && this.setEncoding(this.encoding), this.start !== void 0) {
          if (typeof this.start != "number")
            throw TypeError("start must be a Number");
          if (this.end === void 0)
            this.end = 1 / 0;
          else if (typeof this.end != "number")
            throw TypeError("end must be a Number");
          if (this.start > this.end)
            throw new Error("start must be <= end");
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err), self.readable = !1;
            return;
          }
          self.fd = fd, self.emit("open", fd), self._read();
        });
      }
      function WriteStream(path, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path, options);
        Stream.call(this), this.path = path, this.fd = null, this.writable = !0, this.flags = "w", this.encoding = "binary", this.mode = 438, this.bytesWritten = 0, options = options || {};
        for (var keys = Object.keys(options), index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if (typeof this.start != "number")
            throw TypeError("start must be a Number");
          if (this.start < 0)
            throw new Error("start must be >= zero");
          this.pos = this.start;
        }
        this.busy = !1, this._queue = [], this.fd === null && (this._open = fs.open, this._queue.push([this._open, this.path, this.flags, this.mode, void 0]), this.flush());
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj != "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      return Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      }), copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs = __require("fs"), polyfills = require_polyfills(), legacy = require_legacy_streams(), clone = require_clone(), util = __require("util"), gracefulQueue, previousSymbol;
    typeof Symbol == "function" && typeof Symbol.for == "function" ? (gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue"), previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous")) : (gracefulQueue = "___graceful-fs.queue", previousSymbol = "___graceful-fs.previous");
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    util.debuglog ? debug = util.debuglog("gfs4") : /\bgfs4\b/i.test(process.env.NODE_DEBUG || "") && (debug = function() {
      var m = util.format.apply(util, arguments);
      m = "GFS4: " + m.split(/\n/).join(`
GFS4: `), console.error(m);
    });
    fs[gracefulQueue] || (queue = global[gracefulQueue] || [], publishQueue(fs, queue), fs.close = (function(fs$close) {
      function close(fd, cb) {
        return fs$close.call(fs, fd, function(err) {
          err || resetQueue(), typeof cb == "function" && cb.apply(this, arguments);
        });
      }
      return Object.defineProperty(close, previousSymbol, {
        value: fs$close
      }), close;
    })(fs.close), fs.closeSync = (function(fs$closeSync) {
      function closeSync(fd) {
        fs$closeSync.apply(fs, arguments), resetQueue();
      }
      return Object.defineProperty(closeSync, previousSymbol, {
        value: fs$closeSync
      }), closeSync;
    })(fs.closeSync), /\bgfs4\b/i.test(process.env.NODE_DEBUG || "") && process.on("exit", function() {
      debug(fs[gracefulQueue]), __require("assert").equal(fs[gracefulQueue].length, 0);
    }));
    var queue;
    global[gracefulQueue] || publishQueue(global, fs[gracefulQueue]);
    module.exports = patch(clone(fs));
    process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched && (module.exports = patch(fs), fs.__patched = !0);
    function patch(fs2) {
      polyfills(fs2), fs2.gracefulify = patch, fs2.createReadStream = createReadStream, fs2.createWriteStream = createWriteStream;
      var fs$readFile = fs2.readFile;
      fs2.readFile = readFile5;
      function readFile5(path, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$writeFile = fs2.writeFile;
      fs2.writeFile = writeFile;
      function writeFile(path, data, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$appendFile = fs2.appendFile;
      fs$appendFile && (fs2.appendFile = appendFile);
      function appendFile(path, data, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$copyFile = fs2.copyFile;
      fs$copyFile && (fs2.copyFile = copyFile);
      function copyFile(src, dest, flags, cb) {
        return typeof flags == "function" && (cb = flags, flags = 0), go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$readdir = fs2.readdir;
      fs2.readdir = readdir3;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir3(path, options, cb) {
        typeof options == "function" && (cb = options, options = null);
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function(path2, options2, cb2, startTime) {
          return fs$readdir(path2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        } : function(path2, options2, cb2, startTime) {
          return fs$readdir(path2, options2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path, options, cb);
        function fs$readdirCallback(path2, options2, cb2, startTime) {
          return function(err, files) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([
              go$readdir,
              [path2, options2, cb2],
              err,
              startTime || Date.now(),
              Date.now()
            ]) : (files && files.sort && files.sort(), typeof cb2 == "function" && cb2.call(this, err, files));
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs2);
        ReadStream = legStreams.ReadStream, WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs2.ReadStream;
      fs$ReadStream && (ReadStream.prototype = Object.create(fs$ReadStream.prototype), ReadStream.prototype.open = ReadStream$open);
      var fs$WriteStream = fs2.WriteStream;
      fs$WriteStream && (WriteStream.prototype = Object.create(fs$WriteStream.prototype), WriteStream.prototype.open = WriteStream$open), Object.defineProperty(fs2, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: !0,
        configurable: !0
      }), Object.defineProperty(fs2, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs2, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs2, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      function ReadStream(path, options) {
        return this instanceof ReadStream ? (fs$ReadStream.apply(this, arguments), this) : ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          err ? (that.autoClose && that.destroy(), that.emit("error", err)) : (that.fd = fd, that.emit("open", fd), that.read());
        });
      }
      function WriteStream(path, options) {
        return this instanceof WriteStream ? (fs$WriteStream.apply(this, arguments), this) : WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open2(that.path, that.flags, that.mode, function(err, fd) {
          err ? (that.destroy(), that.emit("error", err)) : (that.fd = fd, that.emit("open", fd));
        });
      }
      function createReadStream(path, options) {
        return new fs2.ReadStream(path, options);
      }
      function createWriteStream(path, options) {
        return new fs2.WriteStream(path, options);
      }
      var fs$open = fs2.open;
      fs2.open = open2;
      function open2(path, flags, mode, cb) {
        return typeof mode == "function" && (cb = mode, mode = null), go$open(path, flags, mode, cb);
        function go$open(path2, flags2, mode2, cb2, startTime) {
          return fs$open(path2, flags2, mode2, function(err, fd) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      return fs2;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]), fs[gracefulQueue].push(elem), retry();
    }
    var retryTimer;
    function resetQueue() {
      for (var now = Date.now(), i = 0; i < fs[gracefulQueue].length; ++i)
        fs[gracefulQueue][i].length > 2 && (fs[gracefulQueue][i][3] = now, fs[gracefulQueue][i][4] = now);
      retry();
    }
    function retry() {
      if (clearTimeout(retryTimer), retryTimer = void 0, fs[gracefulQueue].length !== 0) {
        var elem = fs[gracefulQueue].shift(), fn = elem[0], args = elem[1], err = elem[2], startTime = elem[3], lastTime = elem[4];
        if (startTime === void 0)
          debug("RETRY", fn.name, args), fn.apply(null, args);
        else if (Date.now() - startTime >= 6e4) {
          debug("TIMEOUT", fn.name, args);
          var cb = args.pop();
          typeof cb == "function" && cb.call(null, err);
        } else {
          var sinceAttempt = Date.now() - lastTime, sinceStart = Math.max(lastTime - startTime, 1), desiredDelay = Math.min(sinceStart * 1.2, 100);
          sinceAttempt >= desiredDelay ? (debug("RETRY", fn.name, args), fn.apply(null, args.concat([startTime]))) : fs[gracefulQueue].push(elem);
        }
        retryTimer === void 0 && (retryTimer = setTimeout(retry, 0));
      }
    }
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      typeof options == "boolean" && (options = { forever: options }), this._originalTimeouts = JSON.parse(JSON.stringify(timeouts)), this._timeouts = timeouts, this._options = options || {}, this._maxRetryTime = options && options.maxRetryTime || 1 / 0, this._fn = null, this._errors = [], this._attempts = 1, this._operationTimeout = null, this._operationTimeoutCb = null, this._timeout = null, this._operationStart = null, this._options.forever && (this._cachedTimeouts = this._timeouts.slice(0));
    }
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1, this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      this._timeout && clearTimeout(this._timeout), this._timeouts = [], this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout && clearTimeout(this._timeout), !err)
        return !1;
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime)
        return this._errors.unshift(new Error("RetryOperation timeout occurred")), !1;
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0)
        if (this._cachedTimeouts)
          this._errors.splice(this._errors.length - 1, this._errors.length), this._timeouts = this._cachedTimeouts.slice(0), timeout = this._timeouts.shift();
        else
          return !1;
      var self = this, timer = setTimeout(function() {
        self._attempts++, self._operationTimeoutCb && (self._timeout = setTimeout(function() {
          self._operationTimeoutCb(self._attempts);
        }, self._operationTimeout), self._options.unref && self._timeout.unref()), self._fn(self._attempts);
      }, timeout);
      return this._options.unref && timer.unref(), !0;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn, timeoutOps && (timeoutOps.timeout && (this._operationTimeout = timeoutOps.timeout), timeoutOps.cb && (this._operationTimeoutCb = timeoutOps.cb));
      var self = this;
      this._operationTimeoutCb && (this._timeout = setTimeout(function() {
        self._operationTimeoutCb();
      }, self._operationTimeout)), this._operationStart = (/* @__PURE__ */ new Date()).getTime(), this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated"), this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated"), this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0)
        return null;
      for (var counts = {}, mainError = null, mainErrorCount = 0, i = 0; i < this._errors.length; i++) {
        var error = this._errors[i], message = error.message, count2 = (counts[message] || 0) + 1;
        counts[message] = count2, count2 >= mainErrorCount && (mainError = error, mainErrorCount = count2);
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array)
        return [].concat(options);
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: 1 / 0,
        randomize: !1
      };
      for (var key in options)
        opts[key] = options[key];
      if (opts.minTimeout > opts.maxTimeout)
        throw new Error("minTimeout is greater than maxTimeout");
      for (var timeouts = [], i = 0; i < opts.retries; i++)
        timeouts.push(this.createTimeout(i, opts));
      return options && options.forever && !timeouts.length && timeouts.push(this.createTimeout(i, opts)), timeouts.sort(function(a, b) {
        return a - b;
      }), timeouts;
    };
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1, timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      return timeout = Math.min(timeout, opts.maxTimeout), timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array && (methods = options, options = null), !methods) {
        methods = [];
        for (var key in obj)
          typeof obj[key] == "function" && methods.push(key);
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i], original = obj[method];
        obj[method] = function(original2) {
          var op = exports.operation(options), args = Array.prototype.slice.call(arguments, 1), callback = args.pop();
          args.push(function(err) {
            op.retry(err) || (err && (arguments[0] = op.mainError()), callback.apply(this, arguments));
          }), op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original), obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports, module) {
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    process.platform !== "win32" && module.exports.push(
      "SIGVTALRM",
      "SIGXCPU",
      "SIGXFSZ",
      "SIGUSR2",
      "SIGTRAP",
      "SIGSYS",
      "SIGQUIT",
      "SIGIOT"
      // should detect profiler and enable/disable accordingly.
      // see #21
      // 'SIGPROF'
    );
    process.platform === "linux" && module.exports.push(
      "SIGIO",
      "SIGPOLL",
      "SIGPWR",
      "SIGSTKFLT",
      "SIGUNUSED"
    );
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports, module) {
    var process2 = global.process, processOk = function(process3) {
      return process3 && typeof process3 == "object" && typeof process3.removeListener == "function" && typeof process3.emit == "function" && typeof process3.reallyExit == "function" && typeof process3.listeners == "function" && typeof process3.kill == "function" && typeof process3.pid == "number" && typeof process3.on == "function";
    };
    processOk(process2) ? (assert = __require("assert"), signals = require_signals(), isWin = /^win/i.test(process2.platform), EE = __require("events"), typeof EE != "function" && (EE = EE.EventEmitter), process2.__signal_exit_emitter__ ? emitter = process2.__signal_exit_emitter__ : (emitter = process2.__signal_exit_emitter__ = new EE(), emitter.count = 0, emitter.emitted = {}), emitter.infinite || (emitter.setMaxListeners(1 / 0), emitter.infinite = !0), module.exports = function(cb, opts) {
      if (!processOk(global.process))
        return function() {
        };
      assert.equal(typeof cb, "function", "a callback must be provided for exit handler"), loaded === !1 && load();
      var ev = "exit";
      opts && opts.alwaysLast && (ev = "afterexit");
      var remove = function() {
        emitter.removeListener(ev, cb), emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0 && unload();
      };
      return emitter.on(ev, cb), remove;
    }, unload = function() {
      !loaded || !processOk(global.process) || (loaded = !1, signals.forEach(function(sig) {
        try {
          process2.removeListener(sig, sigListeners[sig]);
        } catch {
        }
      }), process2.emit = originalProcessEmit, process2.reallyExit = originalProcessReallyExit, emitter.count -= 1);
    }, module.exports.unload = unload, emit = function(event, code, signal) {
      emitter.emitted[event] || (emitter.emitted[event] = !0, emitter.emit(event, code, signal));
    }, sigListeners = {}, signals.forEach(function(sig) {
      sigListeners[sig] = function() {
        if (processOk(global.process)) {
          var listeners = process2.listeners(sig);
          listeners.length === emitter.count && (unload(), emit("exit", null, sig), emit("afterexit", null, sig), isWin && sig === "SIGHUP" && (sig = "SIGINT"), process2.kill(process2.pid, sig));
        }
      };
    }), module.exports.signals = function() {
      return signals;
    }, loaded = !1, load = function() {
      loaded || !processOk(global.process) || (loaded = !0, emitter.count += 1, signals = signals.filter(function(sig) {
        try {
          return process2.on(sig, sigListeners[sig]), !0;
        } catch {
          return !1;
        }
      }), process2.emit = processEmit, process2.reallyExit = processReallyExit);
    }, module.exports.load = load, originalProcessReallyExit = process2.reallyExit, processReallyExit = function(code) {
      processOk(global.process) && (process2.exitCode = code || /* istanbul ignore next */
      0, emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), originalProcessReallyExit.call(process2, process2.exitCode));
    }, originalProcessEmit = process2.emit, processEmit = function(ev, arg) {
      if (ev === "exit" && processOk(global.process)) {
        arg !== void 0 && (process2.exitCode = arg);
        var ret = originalProcessEmit.apply(this, arguments);
        return emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), ret;
      } else
        return originalProcessEmit.apply(this, arguments);
    }) : module.exports = function() {
      return function() {
      };
    };
    var assert, signals, isWin, EE, emitter, unload, emit, sigListeners, loaded, load, originalProcessReallyExit, processReallyExit, originalProcessEmit, processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports, module) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      let cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision)
        return fs.stat(file, (err, stat4) => {
          if (err)
            return callback(err);
          callback(null, stat4.mtime, cachedPrecision);
        });
      let mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err)
          return callback(err);
        fs.stat(file, (err2, stat4) => {
          if (err2)
            return callback(err2);
          let precision = stat4.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision }), callback(null, stat4.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      return precision === "s" && (now = Math.ceil(now / 1e3) * 1e3), new Date(now);
    }
    module.exports.probe = probe;
    module.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports, module) {
    "use strict";
    var path = __require("path"), fs = require_graceful_fs(), retry = require_retry2(), onExit = require_signal_exit(), mtimePrecision = require_mtime_precision(), locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath)
        return callback(null, path.resolve(file));
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      let lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err)
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2)
              return options.fs.rmdir(lockfilePath, () => {
              }), callback(err2);
            callback(null, mtime, mtimePrecision2);
          });
        if (err.code !== "EEXIST")
          return callback(err);
        if (options.stale <= 0)
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        options.fs.stat(lockfilePath, (err2, stat4) => {
          if (err2)
            return err2.code === "ENOENT" ? acquireLock(file, { ...options, stale: 0 }, callback) : callback(err2);
          if (!isLockStale(stat4, options))
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          removeLock(file, options, (err3) => {
            if (err3)
              return callback(err3);
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat4, options) {
      return stat4.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT")
          return callback(err);
        callback();
      });
    }
    function updateLock(file, options) {
      let lock2 = locks[file];
      lock2.updateTimeout || (lock2.updateDelay = lock2.updateDelay || options.update, lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null, options.fs.stat(lock2.lockfilePath, (err, stat4) => {
          let isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err)
            return err.code === "ENOENT" || isOverThreshold ? setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" })) : (lock2.updateDelay = 1e3, updateLock(file, options));
          if (!(lock2.mtime.getTime() === stat4.mtime.getTime()))
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          let mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            let isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (!lock2.released) {
              if (err2)
                return err2.code === "ENOENT" || isOverThreshold2 ? setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" })) : (lock2.updateDelay = 1e3, updateLock(file, options));
              lock2.mtime = mtime, lock2.lastUpdate = Date.now(), lock2.updateDelay = null, updateLock(file, options);
            }
          });
        });
      }, lock2.updateDelay), lock2.updateTimeout.unref && lock2.updateTimeout.unref());
    }
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = !0, lock2.updateTimeout && clearTimeout(lock2.updateTimeout), locks[file] === lock2 && delete locks[file], lock2.options.onCompromised(err);
    }
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: !0,
        retries: 0,
        fs,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      }, options.retries = options.retries || 0, options.retries = typeof options.retries == "number" ? { retries: options.retries } : options.retries, options.stale = Math.max(options.stale || 0, 2e3), options.update = options.update == null ? options.stale / 2 : options.update || 0, options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3), resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        let operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2))
              return;
            if (err2)
              return callback(operation.mainError());
            let lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options), callback(null, (releasedCallback) => {
              if (lock2.released)
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              unlock(file2, { ...options, realpath: !1 }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: !0,
        ...options
      }, resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        let lock2 = locks[file2];
        if (!lock2)
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout), lock2.released = !0, delete locks[file2], removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: !0,
        fs,
        ...options
      }, options.stale = Math.max(options.stale || 0, 2e3), resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        options.fs.stat(getLockFile(file2, options), (err2, stat4) => err2 ? err2.code === "ENOENT" ? callback(null, !1) : callback(err2) : callback(null, !isLockStale(stat4, options)));
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (let file in locks) {
        let options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch {
        }
      }
    });
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.check = check;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
    "use strict";
    var fs = require_graceful_fs();
    function createSyncFs(fs2) {
      let methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"], newFs = { ...fs2 };
      return methods.forEach((method) => {
        newFs[method] = (...args) => {
          let callback = args.pop(), ret;
          try {
            ret = fs2[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      }), newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve2, reject) => {
        args.push((err, result) => {
          err ? reject(err) : resolve2(result);
        }), method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err, result;
        if (args.push((_err, _result) => {
          err = _err, result = _result;
        }), method(...args), err)
          throw err;
        return result;
      };
    }
    function toSyncOptions(options) {
      if (options = { ...options }, options.fs = createSyncFs(options.fs || fs), typeof options.retries == "number" && options.retries > 0 || options.retries && typeof options.retries.retries == "number" && options.retries.retries > 0)
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      return options;
    }
    module.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports, module) {
    "use strict";
    var lockfile2 = require_lockfile(), { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      let release = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release);
    }
    function lockSync(file, options) {
      let release = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release);
    }
    function unlock(file, options) {
      return toPromise(lockfile2.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile2.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    module.exports = lock;
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check;
    module.exports.checkSync = checkSync;
  }
});

// src/sources/workspace/incident-files.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { readFileSync, realpathSync } from "node:fs";
import { readdir, readFile, realpath as realpath2 } from "node:fs/promises";
import { join as join2 } from "node:path";
import { setImmediate as setImmediatePromise } from "node:timers/promises";

// src/sources/workspace/incident-file-text.ts
function insertIntoIncidentText(text2, additions, file) {
  let scanner = new JsonScanner(text2), { members, close } = scanner.topLevel(), eol = text2.includes(`\r
`) ? `\r
` : `
`, unit = indentUnit(text2), edits = [], missing = [];
  for (let [key, items] of Object.entries(additions)) {
    if (items.length === 0) continue;
    let member = members.filter((m) => m.key === key).at(-1);
    if (!member) {
      missing.push(key);
      continue;
    }
    if (text2[member.valueStart] !== "[")
      throw new WorkspaceError(`${file}: ${key} is not a list; make it a list before adding to it.`);
    edits.push(listInsertion(text2, scanner, member, items, unit, eol));
  }
  if (missing.length > 0) {
    let last = members.at(-1), multiline = text2.includes(`
`), keyIndent = last ? columnText(text2, last.keyStart) : unit, lists = missing.map((key) => {
      let value = serialise(additions[key], multiline ? keyIndent : "", unit, eol, multiline, !0);
      return `${JSON.stringify(key)}:${multiline ? " " : ""}${value}`;
    }), joiner = multiline ? `,${eol}${keyIndent}` : ",", insert = `${last ? "," : ""}${multiline ? `${eol}${keyIndent}` : ""}${lists.join(joiner)}`;
    edits.push({ at: last ? last.valueEnd : close, insert });
  }
  edits.sort((a, b) => b.at - a.at);
  let result = text2;
  for (let edit of edits) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at);
  return checkSameWithAdditions(text2, result, additions, file), result;
}
function listInsertion(text2, scanner, member, items, unit, eol) {
  let ends = scanner.itemEnds(member.valueStart), inner = text2.slice(member.valueStart + 1, member.valueEnd - 1), multiline = inner.includes(`
`) || ends.length === 0 && text2.includes(`
`), keyIndent = columnText(text2, member.keyStart);
  if (ends.length === 0) {
    let body = serialise(items, keyIndent, unit, eol, multiline, !1), trailing = multiline && !inner.includes(`
`) ? `${eol}${keyIndent}` : "";
    return { at: member.valueStart + 1, insert: body + trailing };
  }
  let lastEnd = ends.at(-1), lastStart = scanner.itemStart(lastEnd, member.valueStart), itemIndent = multiline ? columnText(text2, lastStart) : "", written = items.map(
    (item) => indentLines(JSON.stringify(item, null, multiline ? unit : void 0), itemIndent, eol)
  ), separator = multiline ? `,${eol}${itemIndent}` : ",";
  return { at: lastEnd, insert: separator + written.join(separator) };
}
function serialise(items, keyIndent, unit, eol, multiline, brackets) {
  if (!multiline) {
    let body2 = items.map((item) => JSON.stringify(item)).join(",");
    return brackets ? `[${body2}]` : body2;
  }
  let itemIndent = keyIndent + unit, body = items.map((item) => `${itemIndent}${indentLines(JSON.stringify(item, null, unit), itemIndent, eol)}`).join(`,${eol}`);
  return brackets ? `[${eol}${body}${eol}${keyIndent}]` : `${eol}${body}`;
}
function indentLines(json, indent, eol) {
  return json.split(`
`).join(`${eol}${indent}`);
}
function columnText(text2, offset) {
  let lineStart = text2.lastIndexOf(`
`, offset - 1) + 1, before = text2.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : "";
}
function indentUnit(text2) {
  let match = /\n([ \t]+)"/.exec(text2);
  return match ? match[1] : "  ";
}
function checkSameWithAdditions(before, after, additions, file) {
  let expected, actual;
  try {
    expected = JSON.parse(before), actual = JSON.parse(after);
  } catch {
    actual = void 0, expected = {};
  }
  for (let [key, items] of Object.entries(additions)) {
    if (items.length === 0) continue;
    let current = expected[key];
    expected[key] = [...Array.isArray(current) ? current : [], ...items];
  }
  let canonical = (value) => JSON.stringify(
    Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
  );
  if (actual === void 0 || canonical(actual) !== canonical(expected))
    throw new WorkspaceError(
      `${file}: its layout could not be extended without changing other bytes, so nothing was written; format it as plain JSON (as PagerDuty's API returns it) and try again.`
    );
}
var JsonScanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  space(at) {
    for (; at < this.text.length && ` 	
\r`.includes(this.text.charAt(at)); ) at++;
    return at;
  }
  /** The end (exclusive) of the string starting at `at` (its opening quote). */
  stringEnd(at) {
    for (let i = at + 1; i < this.text.length; i++) {
      let char = this.text.charAt(i);
      if (char === "\\") i++;
      else if (char === '"') return i + 1;
    }
    return this.text.length;
  }
  /** The end (exclusive) of the value starting at `at`. */
  valueEnd(at) {
    let first = this.text.charAt(at);
    if (first === '"') return this.stringEnd(at);
    if (first !== "{" && first !== "[") {
      let i = at;
      for (; i < this.text.length && !`,]} 	\r
`.includes(this.text.charAt(i)); ) i++;
      return i;
    }
    let depth = 0;
    for (let i = at; i < this.text.length; i++) {
      let char = this.text.charAt(i);
      if (char === '"') i = this.stringEnd(i) - 1;
      else if (char === "{" || char === "[") depth++;
      else if ((char === "}" || char === "]") && (depth--, depth === 0))
        return i + 1;
    }
    return this.text.length;
  }
  /** The members of the top-level object, and where its closing brace is. */
  topLevel() {
    let members = [], at = this.space(0) + 1;
    for (; ; ) {
      if (at = this.space(at), this.text.charAt(at) === "}") return { members, close: at };
      this.text.charAt(at) === "," && (at = this.space(at + 1));
      let keyStart = at, keyEnd = this.stringEnd(at), key = JSON.parse(this.text.slice(keyStart, keyEnd)), valueStart = this.space(this.space(keyEnd) + 1), valueEnd = this.valueEnd(valueStart);
      members.push({ key, keyStart, valueStart, valueEnd }), at = valueEnd;
    }
  }
  /** The ends of the items of the list starting at `open` (its "["). */
  itemEnds(open2) {
    let ends = [], at = this.space(open2 + 1);
    for (; this.text.charAt(at) !== "]"; ) {
      this.text.charAt(at) === "," && (at = this.space(at + 1));
      let end = this.valueEnd(at);
      ends.push(end), at = this.space(end);
    }
    return ends;
  }
  /** Where the item that ends at `end` starts: after the comma or "[" before it. */
  itemStart(end, open2) {
    let starts = [], at = this.space(open2 + 1);
    for (; this.text.charAt(at) !== "]"; ) {
      this.text.charAt(at) === "," && (at = this.space(at + 1)), starts.push(at);
      let itemEnd = this.valueEnd(at);
      if (itemEnd === end) return at;
      at = this.space(itemEnd);
    }
    return starts.at(-1) ?? open2 + 1;
  }
};

// src/sources/workspace/workspace-writer.ts
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var LOCK_WAIT_MS = 1e4, LOCK_STALE_MS = 5e3;
function isMissing(error) {
  let code = error.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function isInside(realRoot, target) {
  return target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}
async function resolveWritePath(root, file, rootName = "the workspace") {
  let realRoot = await realpath(root), full = join(realRoot, file), refuse = () => {
    throw new UserInputError(
      `${file} leads outside ${rootName} through a symbolic link, so it is not written; replace the link with the file itself or point it at a file inside ${rootName}.`
    );
  };
  if (isInside(realRoot, full) || refuse(), await lstat(full).catch(() => null)) {
    let target = await realpath(full).catch(() => null);
    return (!target || !isInside(realRoot, target)) && refuse(), target;
  }
  let existing = dirname(full), rest = [basename(full)];
  for (; ; ) {
    let real = await realpath(existing).catch((error) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (real !== null)
      return isInside(realRoot, real) || refuse(), join(real, ...rest);
    let info = await lstat(existing).catch(() => null);
    info?.isSymbolicLink() && refuse(), !info && (rest.unshift(basename(existing)), existing = dirname(existing));
  }
}
async function writeFileAtomically(path, content) {
  let mode = await stat(path).then(
    (info) => info.mode & 511,
    () => 420
  ), temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`
  );
  try {
    let handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(content), await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    throw await rm(temporary, { force: !0 }), error;
  }
}
var queues = /* @__PURE__ */ new Map();
function queued(path, task) {
  let run = (queues.get(path) ?? Promise.resolve()).catch(() => {
  }).then(task), settled = run.catch(() => {
  });
  return queues.set(path, settled), settled.then(() => {
    queues.get(path) === settled && queues.delete(path);
  }), run;
}
async function withFileLocks(paths, task, options = {}) {
  let sorted = [...new Set(paths)].sort(), hold = (index) => {
    if (index === sorted.length) return task();
    let path = sorted[index];
    return queued(path, async () => {
      let release = await acquire(path, options);
      try {
        return await hold(index + 1);
      } finally {
        await release().catch(() => {
        });
      }
    });
  };
  return hold(0);
}
async function acquire(path, options) {
  let deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS), lockPath = join(dirname(path), `.${basename(path)}.lock`);
  for (; ; ) {
    options.signal?.throwIfAborted();
    try {
      return await import_proper_lockfile.default.lock(path, {
        realpath: !1,
        lockfilePath: lockPath,
        stale: LOCK_STALE_MS,
        retries: 0,
        // The default throws from a timer and ends the process; a lost lock is reported, the write goes on.
        onCompromised: (error) => process.stderr.write(`oncall-mentor-mcp: lock on ${path} lost: ${error.message}
`)
      });
    } catch (error) {
      if (error.code !== "ELOCKED") throw error;
    }
    if (Date.now() >= deadline) {
      let name = options.describe?.(path) ?? path;
      throw new WorkspaceError(
        `${name} is being written by another call or another server process on this workspace, and it stayed locked for ${((options.waitMs ?? LOCK_WAIT_MS) / 1e3).toLocaleString("en", { maximumFractionDigits: 1 })} s; try again in a moment (if no server is running, delete ${relative(dirname(path), lockPath)} beside it).`
      );
    }
    await sleep(5 + Math.random() * 20);
  }
}

// src/sources/workspace/incident-files.ts
var SHAPE_HINT = "each file holds { incident, log_entries, notes, alerts } as PagerDuty's API returns them";
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function jsonErrorLine(text2) {
  let at = 0, fail = () => {
    throw new JsonSyntaxAt(at);
  }, space = () => {
    for (; at < text2.length && ` 	
\r`.includes(text2.charAt(at)); ) at++;
  }, expect = (char) => {
    text2.charAt(at) !== char && fail(), at++;
  }, string = () => {
    for (expect('"'); ; ) {
      (at >= text2.length || text2.charCodeAt(at) < 32) && fail();
      let char = text2.charAt(at++);
      if (char === '"') return;
      if (char !== "\\") continue;
      let escaped = text2.charAt(at);
      '"\\/bfnrt'.includes(escaped) && escaped !== "" ? at++ : escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(at + 1, at + 5)) ? at += 5 : fail();
    }
  }, sequence = (close, item) => {
    if (at++, space(), text2.charAt(at) === close) {
      at++;
      return;
    }
    for (; ; ) {
      if (item(), space(), text2.charAt(at) === close) {
        at++;
        return;
      }
      expect(","), space();
    }
  }, value = () => {
    let char = text2.charAt(at);
    char === "{" ? sequence("}", member) : char === "[" ? sequence("]", value) : char === '"' ? string() : scalar();
  }, member = () => {
    string(), space(), expect(":"), space(), value();
  }, scalar = () => {
    let literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    literal.lastIndex = at, literal.test(text2) || fail(), at = literal.lastIndex;
  };
  try {
    return space(), value(), space(), at < text2.length && fail(), null;
  } catch (error) {
    if (error instanceof RangeError) return null;
    if (!(error instanceof JsonSyntaxAt)) throw error;
    return text2.slice(0, error.offset).split(`
`).length;
  }
}
var JsonSyntaxAt = class {
  constructor(offset) {
    this.offset = offset;
  }
  offset;
};
function parseIncidentFile(file, text2) {
  let json;
  try {
    json = JSON.parse(text2);
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error), line = jsonErrorLine(text2);
    throw new WorkspaceError(
      `${file}${line ? ` line ${line}` : ""}: the file is not valid JSON (${message}); fix the syntax there.`
    );
  }
  if (!isObject(json)) throw new WorkspaceError(`${file}: the file is not a JSON object; ${SHAPE_HINT}.`);
  if (!isObject(json.incident)) throw new WorkspaceError(`${file}: incident is missing; ${SHAPE_HINT}.`);
  for (let key of ["log_entries", "notes", "alerts"])
    if (json[key] !== void 0 && !Array.isArray(json[key]))
      throw new WorkspaceError(`${file}: ${key} must be a list; ${SHAPE_HINT}.`);
  return { file, json };
}
function failIn(file, prefix) {
  return (field, problem) => {
    throw new WorkspaceError(
      `${file}: ${prefix}${field} ${problem}; fix the field to match PagerDuty's API shape.`
    );
  };
}
function listOf(json, key) {
  let value = json[key];
  return Array.isArray(value) ? value : [];
}
function idOf(value) {
  return isObject(value) && typeof value.id == "string" ? value.id : null;
}
function normaliseIncidentFile(raw, joins) {
  let { file, json } = raw, incident = normaliseIncident(json.incident, joins, failIn(file, "incident.")), rawIncident = json.incident, byTime = (at) => (a, b) => at(a).localeCompare(at(b)), logEntries = listOf(json, "log_entries").map((entry, i) => ({
    ...normaliseLogEntry(entry, joins, failIn(file, `log_entries[${i}].`), incident.id),
    incidentId: incident.id
  })).sort(byTime((e) => e.at)), notes = listOf(json, "notes").map((note, i) => normaliseNote(note, incident.id, joins, failIn(file, `notes[${i}].`))).sort(byTime((n) => n.at)), alerts = listOf(json, "alerts").map((alert, i) => normaliseAlert(alert, failIn(file, `alerts[${i}].`))).sort(byTime((a) => a.createdAt));
  return {
    file,
    incident,
    rawServiceId: idOf(rawIncident.service) ?? incident.service.id,
    rawTeamIds: listOf(rawIncident, "teams").flatMap((team) => idOf(team) ?? []),
    logEntries,
    notes,
    alerts
  };
}
var READ_BATCH = 64;
async function readIncidentFiles(workspaceDir) {
  let folder = join2(workspaceDir, "incidents"), entries;
  try {
    entries = await readdir(folder, { withFileTypes: !0 });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  let jsonEntries = entries.filter((entry) => entry.name.endsWith(".json")).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0), root = await realpath2(workspaceDir), outside = (name) => new WorkspaceError(
    `incidents/${name} links to a file outside the workspace; copy the file into incidents/ instead.`
  );
  if (jsonEntries.length > 0 && !isInside(root, await realpath2(folder))) throw outside(jsonEntries[0].name);
  let files = [];
  for (let start = 0; start < jsonEntries.length; start += READ_BATCH) {
    start > 0 && await setImmediatePromise();
    for (let entry of jsonEntries.slice(start, start + READ_BATCH)) {
      let path = join2(folder, entry.name);
      if (entry.isSymbolicLink() && !isInside(root, realpathSync(path))) throw outside(entry.name);
      files.push(parseIncidentFile(`incidents/${entry.name}`, readFileSync(path, "utf8")));
    }
  }
  return files;
}
function newPagerDutyId(prefix) {
  let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  return prefix + [...randomBytes2(13)].map((byte) => alphabet[byte % alphabet.length]).join("");
}
async function appendToIncidentFile(workspaceDir, file, additions, signal) {
  let path = await resolveWritePath(workspaceDir, file);
  return withFileLocks(
    [path],
    async () => {
      let bytes = await readFile(path), text2 = bytes.toString("utf8");
      if (!Buffer.from(text2, "utf8").equals(bytes))
        throw new WorkspaceError(
          `${file} is not valid UTF-8, so a note cannot be added without changing its other bytes; save it as UTF-8 JSON.`
        );
      parseIncidentFile(file, text2);
      let updated = insertIntoIncidentText(text2, additions, file);
      return signal?.throwIfAborted(), await writeFileAtomically(path, updated), parseIncidentFile(file, updated);
    },
    { signal, describe: () => file }
  );
}

// src/sources/workspace/incident-query.ts
function instantMillis(name, value) {
  let millis = Date.parse(value);
  if (Number.isNaN(millis))
    throw new UserInputError(
      `${name} "${value}" is not a date-time; write ISO 8601 such as 2026-11-20T00:00:00Z.`
    );
  return millis;
}
function requireCount(name, value) {
  if (!Number.isInteger(value) || value < 0)
    throw new UserInputError(`${name} must be a whole number of 0 or more, not ${value}.`);
}
function expandIds(ids, known) {
  let expanded = new Set(ids);
  for (let thing of known)
    expanded.has(thing.id) && thing.pagerdutyId && expanded.add(thing.pagerdutyId), thing.pagerdutyId && expanded.has(thing.pagerdutyId) && expanded.add(thing.id);
  return expanded;
}
function selectIncidents(records, query, team) {
  requireCount("limit", query.limit), requireCount("offset", query.offset);
  let since = query.since === void 0 ? null : instantMillis("since", query.since), until = query.until === void 0 ? null : instantMillis("until", query.until), statuses = query.statuses?.length ? new Set(query.statuses) : null, services = query.serviceIds?.length ? expandIds(query.serviceIds, team.services) : null, teams = query.teamIds?.length ? expandIds(query.teamIds, team.teams) : null, serviceTeam = new Map(team.services.map((s) => [s.id, s.team])), matching = records.filter(({ incident, rawServiceId, rawTeamIds }) => {
    let created = Date.parse(incident.createdAt);
    return !(since !== null && created < since || until !== null && created >= until || statuses && !statuses.has(incident.status) || query.urgency && incident.urgency !== query.urgency || services && !services.has(incident.service.id) && !services.has(rawServiceId) || teams && ![
      ...incident.teams.map((t) => t.id),
      ...rawTeamIds,
      serviceTeam.get(incident.service.id)
    ].some((owner) => owner && teams.has(owner)));
  });
  return matching.sort(
    (a, b) => b.incident.createdAt.localeCompare(a.incident.createdAt) || b.incident.number - a.incident.number
  ), {
    incidents: matching.slice(query.offset, query.offset + query.limit).map((r) => r.incident),
    more: query.offset + query.limit < matching.length
  };
}

// src/sources/workspace/incident-source.ts
var NOTE_AUTHOR = { id: "oncall-mentor-mcp", type: "bot_user_reference", summary: "oncall-mentor-mcp" }, WorkspaceIncidentSource = class {
  constructor(workspaceDir, team, now = () => /* @__PURE__ */ new Date()) {
    this.workspaceDir = workspaceDir;
    this.team = team;
    this.now = now;
  }
  workspaceDir;
  team;
  now;
  cheapReads = !0;
  rawFiles = null;
  normalised = null;
  async records(ctx) {
    ctx?.signal?.throwIfAborted();
    let team = await this.team.load(ctx);
    this.rawFiles ??= readIncidentFiles(this.workspaceDir).catch((error) => {
      throw this.rawFiles = null, error;
    });
    let files = await this.rawFiles;
    if (this.normalised?.team !== team) {
      let joins = teamJoins(team), records = files.map((file) => normaliseIncidentFile(file, joins));
      requireUniqueIds(records), this.normalised = { team, records };
    }
    return this.normalised.records;
  }
  async find(idOrNumber, ctx) {
    let records = await this.records(ctx), wanted = idOrNumber.trim(), found = /^\d+$/.test(wanted) ? records.find((r) => r.incident.number === Number(wanted) || r.incident.id === wanted) : records.find((r) => r.incident.id === wanted);
    if (!found)
      throw new NotFoundError(`No incident ${idOrNumber} in the workspace; list_incidents shows the ids.`);
    return found;
  }
  async listIncidents(query, ctx) {
    let records = await this.records(ctx);
    return selectIncidents(records, query, await this.team.load(ctx));
  }
  async getIncident(idOrNumber, ctx) {
    return (await this.find(idOrNumber, ctx)).incident;
  }
  async listLogEntries(incidentId, query = {}, ctx) {
    let record2 = await this.find(incidentId, ctx), entries = query.overview ? record2.logEntries.filter(isOverviewEntry) : record2.logEntries;
    return bounded(entries, query.limit);
  }
  async listLogEntriesInWindow(since, until, query = {}, ctx) {
    let from = instantMillis("since", since), to = instantMillis("until", until);
    return (await this.records(ctx)).flatMap((r) => r.logEntries).filter((entry) => {
      let at = Date.parse(entry.at);
      return at >= from && at < to && (!query.overview || isOverviewEntry(entry));
    }).sort((a, b) => a.at.localeCompare(b.at));
  }
  async listNotes(incidentId, ctx) {
    return (await this.find(incidentId, ctx)).notes;
  }
  async listAlerts(incidentId, query = {}, ctx) {
    return bounded((await this.find(incidentId, ctx)).alerts, query.limit);
  }
  /** The services and teams the incident files name, by their team.yaml id and by the id in the file. */
  async listDirectory(kind, ctx) {
    let entries = /* @__PURE__ */ new Map();
    for (let { incident, rawServiceId, rawTeamIds } of await this.records(ctx))
      if (kind === "services")
        entries.set(incident.service.id, incident.service.name), entries.set(rawServiceId, incident.service.name);
      else {
        for (let team of incident.teams) entries.set(team.id, team.name);
        for (let id2 of rawTeamIds) entries.has(id2) || entries.set(id2, id2);
      }
    return [...entries].map(([id2, name]) => ({ id: id2, name }));
  }
  /** Appends the note, and the annotate log entry PagerDuty records with it, to the incident's file. */
  async addNote(incidentId, content, ctx) {
    if (content.trim().length === 0)
      throw new UserInputError("The note is empty; write its text in content.");
    return { note: await this.writeNote(incidentId, content, ctx), mode: "workspace", where: "to the incident's file in the workspace" };
  }
  async writeNote(incidentId, content, ctx) {
    let record2 = await this.find(incidentId, ctx), id2 = record2.incident.id, createdAt = this.now().toISOString(), note = {
      id: newPagerDutyId("N"),
      user: NOTE_AUTHOR,
      channel: { summary: "oncall-mentor-mcp" },
      content,
      created_at: createdAt
    }, logEntry = {
      id: newPagerDutyId("R"),
      type: "annotate_log_entry",
      summary: "Note added",
      created_at: createdAt,
      channel: { type: "note", summary: content },
      incident: { id: id2, type: "incident_reference" }
    }, updated = await appendToIncidentFile(
      this.workspaceDir,
      record2.file,
      { notes: [note], log_entries: [logEntry] },
      ctx?.signal
    );
    this.rawFiles = this.rawFiles?.then((files) => files.map((file) => file.file === updated.file ? updated : file)) ?? null, this.normalised = null;
    let joins = teamJoins(await this.team.load(ctx));
    return normaliseIncidentFile(updated, joins).notes.find((n) => n.id === note.id);
  }
};
function bounded(items, limit) {
  if (limit !== void 0 && (!Number.isInteger(limit) || limit < 0))
    throw new UserInputError(`limit must be a whole number of 0 or more, not ${limit}.`);
  return { items: limit === void 0 ? items : items.slice(0, limit), total: items.length };
}
function requireUniqueIds(records) {
  let seen = /* @__PURE__ */ new Map();
  for (let record2 of records) {
    let other = seen.get(record2.incident.id);
    if (other)
      throw new WorkspaceError(
        `${record2.file}: incident.id ${record2.incident.id} is also the id of ${other}; give each incident file its own incident.`
      );
    seen.set(record2.incident.id, record2.file);
  }
}

// src/sources/workspace/runbook-files.ts
import { mkdir, readdir as readdir2, readFile as readFile2, realpath as realpath3, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join3, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/sources/workspace/git-blob-sha.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  let bytes = typeof content == "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

// src/sources/workspace/runbook-paths.ts
function checkRunbookPath(path) {
  let refuse = (why) => {
    throw new UserInputError(
      `Runbook path "${path}" ${why}; give a path under the runbook folder such as payments-api.md or db/postgres.md.`
    );
  };
  path.length === 0 && refuse("is empty"), /[\u0000-\u001f\u007f]/.test(path) && refuse("contains control characters"), path.includes("\\") && refuse("contains a backslash; use forward slashes"), (path.startsWith("/") || /^[A-Za-z]:/.test(path)) && refuse("is absolute"), /%[0-9A-Fa-f]{2}/.test(path) && refuse("is percent-encoded; write the characters themselves");
  let segments = path.split("/");
  return segments.includes("..") && refuse('goes up with ".."'), segments.some((segment) => segment === "" || segment === ".") && refuse("has an empty or '.' segment"), path.endsWith(".md") || refuse("does not end in .md"), path;
}

// src/sources/workspace/runbook-files.ts
function isMissing2(error) {
  let code = error.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
var MAX_RUNBOOK_BYTES = 2 * 1024 * 1024, WorkspaceRunbookSource = class {
  /** Absolute runbook folder, as configured (not yet resolved through links). */
  root;
  proposalMode = "workspace";
  diffRoot;
  constructor(workspaceDir, runbookDir) {
    this.root = resolve(workspaceDir, runbookDir);
    let fromWorkspace = relative2(resolve(workspaceDir), this.root).split(sep2).join("/");
    this.diffRoot = fromWorkspace.startsWith("..") || isAbsolute(fromWorkspace) ? "" : fromWorkspace;
  }
  async realRoot() {
    try {
      return await realpath3(this.root);
    } catch (error) {
      if (isMissing2(error)) return null;
      throw error;
    }
  }
  isInside(realRoot, target) {
    return isInside(realRoot, target);
  }
  refuseOutside(path) {
    throw new UserInputError(
      `Runbook path "${path}" leads outside the runbook folder through a symbolic link; give a path to a file inside it.`
    );
  }
  async listRunbooks(ctx) {
    ctx?.signal?.throwIfAborted();
    let realRoot = await this.realRoot();
    if (!realRoot) return [];
    let paths = await this.walk(realRoot, realRoot, "");
    return paths.sort(), mapBounded(paths, 32, async (path) => ({
      path,
      version: gitBlobSha(await readFile2(join3(realRoot, path)))
    }));
  }
  /** Markdown files under `dir`, as forward-slash paths; hidden entries and links leading out are skipped. */
  async walk(realRoot, dir, prefix) {
    let found = [];
    for (let entry of await readdir2(dir, { withFileTypes: !0 })) {
      if (entry.name.startsWith(".")) continue;
      let path = prefix + entry.name, full = join3(dir, entry.name);
      if (entry.isDirectory())
        found.push(...await this.walk(realRoot, full, `${path}/`));
      else if (entry.isFile() && entry.name.endsWith(".md"))
        found.push(path);
      else if (entry.isSymbolicLink() && entry.name.endsWith(".md")) {
        let target = await realpath3(full).catch(() => null);
        target && this.isInside(realRoot, target) && (await stat2(target)).isFile() && found.push(path);
      }
    }
    return found;
  }
  async readRunbook(path, ctx) {
    ctx?.signal?.throwIfAborted(), checkRunbookPath(path);
    let notFound = () => new NotFoundError(`No runbook ${path} under the runbook folder; list_runbooks shows the paths.`), realRoot = await this.realRoot();
    if (!realRoot) throw notFound();
    let target;
    try {
      target = await realpath3(join3(realRoot, path));
    } catch (error) {
      throw isMissing2(error) ? notFound() : error;
    }
    this.isInside(realRoot, target) || this.refuseOutside(path);
    let info = await stat2(target);
    if (!info.isFile()) throw notFound();
    if (info.size > MAX_RUNBOOK_BYTES)
      throw new UserInputError(
        `Runbook ${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB; runbooks over ${MAX_RUNBOOK_BYTES / 1024 / 1024} MB are not read, so split it into smaller runbooks.`
      );
    let bytes = await readFile2(target);
    return { path, content: bytes.toString("utf8"), version: gitBlobSha(bytes) };
  }
  /**
   * In a workspace a proposal is the file itself: written when it still is the version the draft was made from.
   * The check and the write happen under the file's lock, so of two proposals drafted from one version only the
   * first is written and the second is told to draft again, in this process or another.
   */
  async proposeChange(proposal, ctx) {
    return this.underLock(
      proposal.path,
      async (destination) => {
        let current = await this.readRunbook(proposal.path, ctx).catch((error) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        if ((current?.version ?? null) !== proposal.baseVersion && current?.content !== proposal.content)
          throw new StaleVersionError(
            `Runbook ${proposal.path} changed since it was drafted (version ${proposal.baseVersion?.slice(0, 7) ?? "none"}, now ${current?.version.slice(0, 7) ?? "none"}); draft it again.`
          );
        return ctx?.signal?.throwIfAborted(), current?.content !== proposal.content && await writeFileAtomically(destination, proposal.content), {
          mode: "workspace",
          path: proposal.path,
          branch: null,
          pullRequest: null,
          updated: current !== null
        };
      },
      ctx?.signal
    );
  }
  /** Creates or replaces a runbook; parent folders are created. */
  async writeRunbook(path, content) {
    return await this.underLock(path, (destination) => writeFileAtomically(destination, content)), { path, content, version: gitBlobSha(content) };
  }
  /** Runs `task` with the file a write to `path` changes (links inside the folder followed), holding its lock. */
  async underLock(path, task, signal) {
    checkRunbookPath(path), await mkdir(this.root, { recursive: !0 });
    let destination = await resolveWritePath(this.root, path, "the runbook folder");
    return await mkdir(dirname2(destination), { recursive: !0 }), withFileLocks([destination], () => task(destination), {
      signal,
      describe: () => `Runbook ${path}`
    });
  }
};

// src/sources/workspace/rotation.ts
var HOUR_MS = 36e5, DAY_MS = 24 * HOUR_MS;
function handoffClock(rotation, zone) {
  let start = parseLocalDateTime(rotation.start), { amount, unit } = rotation.length;
  if (unit === "h") {
    let first = localToInstant(start, zone).getTime(), stepMs = amount * HOUR_MS;
    return { at: (k) => first + k * stepMs, nominalMs: stepMs };
  }
  let days = unit === "w" ? amount * 7 : amount;
  return {
    at: (k) => localToInstant(addLocalDays(start, k * days), zone).getTime(),
    nominalMs: days * DAY_MS
  };
}
function handoffIndexAt(at, nominalMs, instant) {
  let k = Math.max(0, Math.floor((instant - at(0)) / nominalMs));
  for (; k > 0 && at(k) > instant; ) k--;
  for (; at(k + 1) <= instant; ) k++;
  return k;
}
function rotationSpans(rotation, zone, since, until) {
  let { at, nominalMs } = handoffClock(rotation, zone), spans = [], users = rotation.users, k = handoffIndexAt(at, nominalMs, since);
  for (let start = at(k); start < until; k++) {
    let end = at(k + 1);
    end > since && spans.push({ start, end, user: users[k % users.length] }), start = end;
  }
  return spans;
}
function applyOverride(spans, override) {
  let result = [];
  for (let span of spans) {
    if (span.end <= override.start || span.start >= override.end) {
      result.push(span);
      continue;
    }
    span.start < override.start && result.push({ ...span, end: override.start }), span.end > override.end && result.push({ ...span, start: override.end });
  }
  return result.push(override), result;
}
function renderSchedule(schedule, since, until) {
  let from = since.getTime(), to = until.getTime();
  if (!(to > from)) return [];
  let spans = schedule.rotation ? rotationSpans(schedule.rotation, schedule.timeZone, from, to) : [];
  for (let override of schedule.overrides) {
    let start = Math.max(Date.parse(override.start), from), end = Math.min(Date.parse(override.end), to);
    end > start && (spans = applyOverride(spans, { start, end, user: override.user }));
  }
  return spans.map((span) => ({ start: Math.max(span.start, from), end: Math.min(span.end, to), user: span.user })).filter((span) => span.end > span.start).sort((a, b) => a.start - b.start).map((span) => ({
    scheduleId: schedule.id,
    user: span.user,
    start: new Date(span.start).toISOString(),
    end: new Date(span.end).toISOString()
  }));
}

// src/sources/workspace/schedule-source.ts
var WorkspaceScheduleSource = class {
  constructor(team) {
    this.team = team;
  }
  team;
  async listSchedules(ctx) {
    return (await this.team.load(ctx)).schedules.map((s) => ({
      id: s.id,
      name: s.name,
      timeZone: s.timeZone,
      services: s.services,
      team: s.team
    }));
  }
  async renderSchedule(scheduleId, since, until, ctx) {
    let from = instantMillis("since", since), to = instantMillis("until", until);
    if (to <= from)
      throw new UserInputError(`until ${until} is not after since ${since}; give a later until.`);
    let team = await this.team.load(ctx), schedule = team.schedules.find((s) => s.id === scheduleId || s.pagerdutyId === scheduleId);
    if (!schedule)
      throw new NotFoundError(
        `No schedule "${scheduleId}" in team.yaml; ${knownIdsPhrase(
          "schedule",
          team.schedules.map((s) => s.id)
        )}.`
      );
    return renderSchedule(schedule, new Date(from), new Date(to));
  }
};

// src/sources/workspace/team-source.ts
import { readFile as readFile3, stat as stat3 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/sources/workspace/team-file.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/sources/workspace/team-schema.ts
var ID_PATTERN = /^[a-z0-9._-]+$/, id = external_exports.string().regex(ID_PATTERN), text = external_exports.string().min(1), clock = external_exports.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), weekday = external_exports.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), dateText = external_exports.string().min(1), interval = { start: dateText, end: dateText }, count = external_exports.number().int().min(0).max(100), teamFileSchema = external_exports.strictObject({
  version: external_exports.literal(1).nullish(),
  asOf: dateText.nullish(),
  teams: external_exports.array(external_exports.strictObject({ id, name: text, pagerdutyId: text.nullish() })).nullish(),
  engineers: external_exports.array(
    external_exports.strictObject({
      id,
      name: text,
      email: external_exports.string().regex(/^[^@\s]+@[^@\s]+$/).nullish(),
      timeZone: text,
      level: external_exports.enum(["junior", "mid", "senior", "staff"]),
      mentor: external_exports.boolean().nullish(),
      mentee: external_exports.boolean().nullish(),
      skills: external_exports.array(id).nullish(),
      learning: external_exports.array(id).nullish(),
      workingHours: external_exports.strictObject({ start: clock.nullish(), end: clock.nullish(), days: external_exports.array(weekday).nullish() }).nullish(),
      unavailable: external_exports.array(external_exports.strictObject({ ...interval, reason: external_exports.string().nullish() })).nullish(),
      team: id.nullish(),
      pagerdutyId: text.nullish(),
      stage: external_exports.enum(["shadow", "reverse-shadow", "on-call-with-backup", "on-call"]).nullish()
    })
  ),
  services: external_exports.array(
    external_exports.strictObject({
      id,
      name: text,
      runbook: text.nullish(),
      pagerdutyId: text.nullish(),
      team: id.nullish()
    })
  ).nullish(),
  schedules: external_exports.array(
    external_exports.strictObject({
      id,
      name: text,
      timeZone: text,
      services: external_exports.array(id).nullish(),
      rotation: external_exports.strictObject({
        start: dateText,
        length: external_exports.string().regex(/^[1-9]\d*[hdw]$/),
        users: external_exports.array(id).min(1)
      }).nullish(),
      overrides: external_exports.array(external_exports.strictObject({ user: id, ...interval })).nullish(),
      pagerdutyId: text.nullish(),
      team: id.nullish()
    })
  ).nullish(),
  shadowHistory: external_exports.array(
    external_exports.strictObject({
      mentee: id,
      mentor: id,
      schedule: id,
      ...interval,
      role: external_exports.enum(["shadow", "reverse-shadow"]).nullish()
    })
  ).nullish(),
  readiness: external_exports.strictObject({
    shadowShifts: count.nullish(),
    incidentsSeen: count.nullish(),
    drills: count.nullish(),
    reverseShadowShifts: count.nullish(),
    incidentsHandled: count.nullish()
  }).nullish(),
  drillHistory: external_exports.array(
    external_exports.strictObject({
      mentee: id,
      incident: external_exports.union([text, external_exports.number().int().positive()]),
      service: id,
      at: dateText,
      runBy: id.nullish(),
      notes: external_exports.string().nullish()
    })
  ).nullish()
}), DATE_TIME_HINT = "write a date-time with an offset or Z, such as 2026-11-20T17:00:00-08:00", UNAVAILABLE_HINT = "write a date such as 2026-12-21 or a date-time with an offset such as 2026-12-03T13:00:00Z", ID_HINT = 'use lower-case letters, digits, ".", "_" or "-"', FIELD_HINTS = {
  version: "write 1, or leave it out",
  asOf: DATE_TIME_HINT,
  "teams.id": ID_HINT,
  "engineers.id": ID_HINT,
  "engineers.email": "write an address such as alice@example.com",
  "engineers.timeZone": "use an IANA zone such as America/Los_Angeles",
  "engineers.level": "use junior, mid, senior or staff",
  "engineers.mentor": "write true or false",
  "engineers.mentee": "write true or false",
  "engineers.skills": "list service ids",
  "engineers.learning": "list service ids",
  "engineers.workingHours.start": 'write a time such as "09:00"',
  "engineers.workingHours.end": 'write a time such as "17:00"',
  "engineers.workingHours.days": "list days as mon, tue, wed, thu, fri, sat, sun",
  "engineers.unavailable.start": UNAVAILABLE_HINT,
  "engineers.unavailable.end": UNAVAILABLE_HINT,
  "services.id": ID_HINT,
  "schedules.id": ID_HINT,
  "schedules.timeZone": "use an IANA zone such as America/Los_Angeles",
  "schedules.services": "list service ids",
  "schedules.rotation.start": 'write a local date-time such as "2026-11-02T09:00"',
  "schedules.rotation.length": "write Nh, Nd or Nw, such as 12h, 1d or 1w",
  "schedules.rotation.users": "list engineer ids in rotation order",
  "schedules.overrides.user": "write an engineer id",
  "schedules.overrides.start": DATE_TIME_HINT,
  "schedules.overrides.end": DATE_TIME_HINT,
  "shadowHistory.mentee": "write an engineer id",
  "shadowHistory.mentor": "write an engineer id",
  "shadowHistory.schedule": "write a schedule id",
  "shadowHistory.start": DATE_TIME_HINT,
  "shadowHistory.end": DATE_TIME_HINT,
  "shadowHistory.role": "use shadow or reverse-shadow",
  "engineers.stage": "use shadow, reverse-shadow, on-call-with-backup or on-call",
  "readiness.shadowShifts": "write a whole number from 0 to 100",
  "readiness.incidentsSeen": "write a whole number from 0 to 100",
  "readiness.drills": "write a whole number from 0 to 100",
  "readiness.reverseShadowShifts": "write a whole number from 0 to 100",
  "readiness.incidentsHandled": "write a whole number from 0 to 100",
  "drillHistory.mentee": "write an engineer id",
  "drillHistory.incident": "write the incident's id or number",
  "drillHistory.service": "write a service id",
  "drillHistory.at": DATE_TIME_HINT,
  "drillHistory.runBy": "write an engineer id"
};

// src/sources/workspace/yaml-locator.ts
var import_yaml = __toESM(require_dist(), 1);
function formatFieldPath(path) {
  let out = "";
  for (let key of path) out += typeof key == "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
var YamlLocator = class {
  constructor(fileName, doc, lines) {
    this.fileName = fileName;
    this.doc = doc;
    this.lines = lines;
  }
  fileName;
  doc;
  lines;
  /** The line of the value at `path`, or of the nearest ancestor that exists; with `key`, the line of that key. */
  lineOf(path, key) {
    if (key !== void 0) {
      let parent = this.doc.getIn(path, !0);
      if ((0, import_yaml.isMap)(parent)) {
        let pair = parent.items.find(
          (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key
        ), keyNode = pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : null;
        if (keyNode?.range) return this.lines.linePos(keyNode.range[0]).line;
      }
    }
    for (let depth = path.length; depth >= 0; depth--) {
      let node = this.doc.getIn(path.slice(0, depth), !0);
      if (node && typeof node == "object" && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return null;
  }
  /** `sentence` starts with the field name and ends with what to change. */
  error(path, sentence, key) {
    let line = this.lineOf(path, key);
    return new WorkspaceError(`${this.fileName}${line === null ? "" : ` line ${line}`}: ${sentence}`);
  }
};
function describeValue(value) {
  return value === null ? "empty" : typeof value == "string" ? `"${value}"` : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : String(value);
}
function valueAt(data, path) {
  let current = data;
  for (let key of path) {
    if (current === null || typeof current != "object") return;
    current = current[key];
  }
  return current;
}
var EXPECTED_WORDS = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields"
};
function knownFields(schema, path) {
  let current = schema, unwrap = (s) => {
    let inner = s;
    for (; ["optional", "nullable", "default"].includes(inner.def.type); )
      inner = inner.unwrap();
    return inner;
  };
  for (let key of path) {
    if (!current) return [];
    let inner = unwrap(current);
    typeof key == "number" ? current = "element" in inner ? inner.element : void 0 : current = "shape" in inner ? inner.shape[key] : void 0;
  }
  let target = current ? unwrap(current) : void 0;
  return target && "shape" in target ? Object.keys(target.shape) : [];
}
function closest(word, candidates) {
  let lower = word.toLowerCase(), best = null;
  for (let candidate of candidates) {
    let distance = editDistance(lower, candidate.toLowerCase());
    distance <= 2 && (!best || distance < best.distance) && (best = { candidate, distance });
  }
  return best?.candidate ?? null;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[b.length];
}
function issueToError(issue, data, schema, locator, hints) {
  let path = issue.path.filter((key) => typeof key != "symbol"), field = formatFieldPath(path) || "the file", hint = hints[path.filter((key) => typeof key == "string").join(".")], value = valueAt(data, path), withHint = (sentence) => `${sentence}${hint ? `; ${hint}` : ""}.`;
  switch (issue.code) {
    case "unrecognized_keys": {
      let key = issue.keys[0] ?? "", known = knownFields(schema, path), suggestion = closest(key, known), where = path.length ? `${field} has` : "The file has", advice = suggestion ? `did you mean ${suggestion}?` : `remove it or use one of ${known.join(", ")}.`;
      return locator.error(path, `${where} an unknown field "${key}"; ${advice}`, key);
    }
    case "invalid_type":
      return value === void 0 ? locator.error(path, `${field} is missing; add it${hint ? ` (${hint})` : ""}.`) : issue.expected === "string" && (typeof value == "number" || typeof value == "boolean") ? locator.error(path, `${field} must be text; put ${String(value)} in quotes.`) : locator.error(
        path,
        withHint(
          `${field} must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
        )
      );
    case "invalid_value":
      return locator.error(
        path,
        `${field} is ${describeValue(value)}; use ${issue.values.map((v) => String(v)).join(", ")}.`
      );
    case "too_small":
      return locator.error(path, withHint(`${field} is empty`));
    default:
      return locator.error(
        path,
        hint ? `${field} is ${describeValue(value)}; ${hint}.` : `${field} is ${describeValue(value)}, which is not allowed here; see docs/workspace.md.`
      );
  }
}

// src/sources/workspace/team-file.ts
var DEFAULT_DAYS = ["mon", "tue", "wed", "thu", "fri"], DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function parseTeamFile(text2, fileName = "team.yaml") {
  let lines = new import_yaml2.LineCounter(), doc = import_yaml2.default.parseDocument(text2, { lineCounter: lines }), syntaxError = doc.errors[0];
  if (syntaxError) {
    let line = syntaxError.linePos?.[0].line, reason = syntaxError.message.split(/ at line \d+/)[0]?.replace(/[.:]\s*$/, "") ?? syntaxError.message, where = `${fileName}${line ? ` line ${line}` : ""}`;
    throw /call stack/i.test(syntaxError.message) ? tooDeep(fileName) : syntaxError.code === "DUPLICATE_KEY" ? new WorkspaceError(
      `${where}: this key appears twice in the same mapping; remove or rename one of them.`
    ) : new WorkspaceError(
      `${where}: the YAML does not parse (${reason}); fix the indentation or quoting there.`
    );
  }
  let locator = new YamlLocator(fileName, doc, lines), data = documentData(doc, fileName);
  if (data == null)
    throw new WorkspaceError(
      `${fileName} is empty; list the team's engineers under engineers (see docs/workspace.md).`
    );
  let parsed;
  try {
    parsed = teamFileSchema.safeParse(data);
  } catch (error) {
    throw error instanceof RangeError ? tooDeep(fileName) : error;
  }
  if (!parsed.success) {
    let issues = parsed.error.issues, issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
    throw issueToError(issue, data, teamFileSchema, locator, FIELD_HINTS);
  }
  return new TeamFileReader(parsed.data, locator).read();
}
function documentData(doc, fileName) {
  try {
    return doc.toJS();
  } catch (error) {
    throw error instanceof RangeError ? tooDeep(fileName) : error instanceof ReferenceError && /alias/i.test(error.message) ? new WorkspaceError(
      `${fileName}: its YAML aliases (*name) expand into too many copies to read (a "billion laughs" file); write the values out instead of repeating them through aliases.`
    ) : error;
  }
}
function tooDeep(fileName) {
  return new WorkspaceError(
    `${fileName}: lists or mappings are nested too deeply to read; a team file needs only a few levels (see docs/workspace.md), so remove the extra nesting.`
  );
}
var TeamFileReader = class {
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  file;
  locator;
  fail(path, sentence) {
    throw this.locator.error(path, sentence);
  }
  read() {
    let { file } = this, teams = this.readTeams(), teamIds = new Set(teams.map((t) => t.id));
    this.requireUnique("engineers", file.engineers, "engineer");
    let services = this.readServices(teamIds), serviceIds = new Set(services.map((s) => s.id)), engineers = file.engineers.map((raw, index) => this.readEngineer(raw, index, serviceIds, teamIds)), engineerIds = new Set(engineers.map((e) => e.id)), schedules = this.readSchedules(serviceIds, engineerIds, teamIds);
    return {
      asOf: file.asOf ? this.instant(["asOf"], file.asOf).toISOString() : null,
      engineers,
      services,
      schedules,
      teams,
      shadowHistory: this.readShadowHistory(engineerIds),
      drillHistory: this.readDrillHistory(engineerIds, serviceIds),
      readiness: readinessThresholds(file.readiness)
    };
  }
  requireUnique(section, items, noun) {
    let seen = /* @__PURE__ */ new Map();
    items.forEach((item, index) => {
      let first = seen.get(item.id);
      if (first !== void 0) {
        let firstLine = this.locator.lineOf([section, first]);
        this.fail(
          [section, index, "id"],
          `${section}[${index}].id "${item.id}" is already used by ${section}[${first}]${firstLine ? ` (line ${firstLine})` : ""}; give each ${noun} its own id.`
        );
      }
      seen.set(item.id, index);
    });
  }
  requireKnown(path, id2, known, noun) {
    if (known.has(id2)) return;
    let who = noun === "engineer" ? "who" : "which", section = `${noun}s`;
    this.fail(
      path,
      `${formatFieldPath(path)} names "${id2}", ${who} is not ${noun === "engineer" ? "an" : "a"} ${noun}; add ${id2} under ${section} or fix the id.`
    );
  }
  requireAllKnown(path, ids, known, noun) {
    for (let [i, id2] of ids.entries()) this.requireKnown([...path, i], id2, known, noun);
  }
  zone(path, zone) {
    return isValidTimeZone(zone) || this.fail(
      path,
      `${formatFieldPath(path)} "${zone}" is not an IANA time zone; use a name such as America/Los_Angeles or Europe/Berlin.`
    ), zone;
  }
  instant(path, text2) {
    let instant = parseOffsetDateTime(text2);
    return instant || this.fail(
      path,
      `${formatFieldPath(path)} "${text2}" is not a date-time with an offset; write it like 2026-11-20T17:00:00-08:00 or 2026-11-21T01:00:00Z.`
    ), instant;
  }
  interval(path, start, end) {
    let from = this.instant([...path, "start"], start), to = this.instant([...path, "end"], end);
    return to.getTime() <= from.getTime() && this.fail(
      [...path, "end"],
      `${formatFieldPath([...path, "end"])} is not after its start; end is exclusive, so make it later.`
    ), { start: from, end: to };
  }
  readTeams() {
    let teams = this.file.teams ?? [];
    return this.requireUnique("teams", teams, "team"), teams.map((raw) => ({ id: raw.id, name: raw.name, pagerdutyId: raw.pagerdutyId ?? null }));
  }
  readServices(teamIds) {
    let services = this.file.services ?? [];
    return this.requireUnique("services", services, "service"), services.map((raw, index) => (raw.team && this.requireKnown(["services", index, "team"], raw.team, teamIds, "team"), raw.runbook && this.checkRunbookPath(["services", index, "runbook"], raw.runbook), {
      id: raw.id,
      name: raw.name,
      runbook: raw.runbook ?? null,
      pagerdutyId: raw.pagerdutyId ?? null,
      team: raw.team ?? null
    }));
  }
  checkRunbookPath(path, runbook) {
    let segments = runbook.split("/");
    (runbook.startsWith("/") || runbook.includes("\\") || segments.some((s) => s === ".." || s === "")) && this.fail(
      path,
      `${formatFieldPath(path)} "${runbook}" must be a relative path inside the runbook folder with forward slashes, such as payments-api.md or db/postgres.md.`
    );
  }
  readEngineer(raw, index, serviceIds, teamIds) {
    let path = ["engineers", index], timeZone = this.zone([...path, "timeZone"], raw.timeZone), skills = raw.skills ?? [], learning = raw.learning ?? [];
    this.requireAllKnown([...path, "skills"], skills, serviceIds, "service"), this.requireAllKnown([...path, "learning"], learning, serviceIds, "service"), raw.team && this.requireKnown([...path, "team"], raw.team, teamIds, "team");
    let hours = raw.workingHours;
    return {
      id: raw.id,
      name: raw.name,
      email: raw.email ?? null,
      timeZone,
      level: raw.level,
      mentor: raw.mentor ?? (raw.level === "senior" || raw.level === "staff"),
      mentee: raw.mentee ?? raw.level === "junior",
      skills,
      learning,
      workingHours: {
        start: hours?.start ?? "09:00",
        end: hours?.end ?? "17:00",
        days: hours?.days ?? DEFAULT_DAYS
      },
      unavailable: (raw.unavailable ?? []).map(
        (entry, i) => this.unavailability([...path, "unavailable", i], entry, timeZone)
      ),
      team: raw.team ?? null,
      pagerdutyUserId: raw.pagerdutyId ?? null,
      stage: raw.stage ?? (raw.mentee ?? raw.level === "junior" ? "shadow" : "on-call")
    };
  }
  /** Dates are whole local days with the end day included; date-times are [start, end). */
  unavailability(path, entry, zone) {
    let reason = entry.reason ?? null, startIsDate = DATE_ONLY.test(entry.start), endIsDate = DATE_ONLY.test(entry.end);
    if (startIsDate !== endIsDate && this.fail(
      path,
      `${formatFieldPath(path)} mixes a date and a date-time; write both as dates (whole days) or both as date-times.`
    ), !startIsDate) {
      let { start: start2, end: end2 } = this.interval(path, entry.start, entry.end);
      return { start: start2.toISOString(), end: end2.toISOString(), reason };
    }
    let first = this.localDate([...path, "start"], entry.start), last = this.localDate([...path, "end"], entry.end), start = localToInstant(first, zone), end = localToInstant(addLocalDays(last, 1), zone);
    return end.getTime() <= start.getTime() && this.fail(
      [...path, "end"],
      `${formatFieldPath([...path, "end"])} ${entry.end} is before its start ${entry.start}; the end date is the last day away.`
    ), { start: start.toISOString(), end: end.toISOString(), reason };
  }
  localDate(path, text2) {
    try {
      return parseLocalDateTime(text2);
    } catch {
      return this.fail(
        path,
        `${formatFieldPath(path)} "${text2}" is not a calendar date; check the month and day.`
      );
    }
  }
  readSchedules(serviceIds, engineerIds, teamIds) {
    let schedules = this.file.schedules ?? [];
    return this.requireUnique("schedules", schedules, "schedule"), schedules.map((raw, index) => {
      let path = ["schedules", index], timeZone = this.zone([...path, "timeZone"], raw.timeZone), services = raw.services ?? [];
      this.requireAllKnown([...path, "services"], services, serviceIds, "service"), raw.team && this.requireKnown([...path, "team"], raw.team, teamIds, "team"), !raw.rotation && !raw.pagerdutyId && this.fail(
        path,
        `${formatFieldPath(path)} (${raw.id}) has neither a rotation nor a pagerdutyId; add a rotation with start, length and users.`
      );
      let rotation = null;
      if (raw.rotation) {
        let rotationPath = [...path, "rotation"];
        this.requireAllKnown([...rotationPath, "users"], raw.rotation.users, engineerIds, "engineer"), rotation = {
          start: this.rotationStart([...rotationPath, "start"], raw.rotation.start),
          length: parseLength(raw.rotation.length),
          users: raw.rotation.users
        };
      }
      let overrides = (raw.overrides ?? []).map((override, i) => {
        let overridePath = [...path, "overrides", i];
        this.requireKnown([...overridePath, "user"], override.user, engineerIds, "engineer");
        let { start, end } = this.interval(overridePath, override.start, override.end);
        return { user: override.user, start: start.toISOString(), end: end.toISOString() };
      });
      return {
        id: raw.id,
        name: raw.name,
        timeZone,
        services,
        rotation,
        overrides,
        pagerdutyId: raw.pagerdutyId ?? null,
        team: raw.team ?? null
      };
    });
  }
  rotationStart(path, text2) {
    try {
      return formatLocalDateTime(parseLocalDateTime(text2));
    } catch {
      return this.fail(
        path,
        `${formatFieldPath(path)} "${text2}" is not a local date-time; write it without an offset, like "2026-11-02T09:00", in the schedule's timeZone.`
      );
    }
  }
  readShadowHistory(engineerIds) {
    return (this.file.shadowHistory ?? []).map((raw, index) => {
      let path = ["shadowHistory", index];
      this.requireKnown([...path, "mentee"], raw.mentee, engineerIds, "engineer"), this.requireKnown([...path, "mentor"], raw.mentor, engineerIds, "engineer");
      let { start, end } = this.interval(path, raw.start, raw.end);
      return {
        mentee: raw.mentee,
        mentor: raw.mentor,
        schedule: raw.schedule,
        start: start.toISOString(),
        end: end.toISOString(),
        ...raw.role ? { role: raw.role } : {}
      };
    });
  }
  readDrillHistory(engineerIds, serviceIds) {
    return (this.file.drillHistory ?? []).map((raw, index) => {
      let path = ["drillHistory", index];
      return this.requireKnown([...path, "mentee"], raw.mentee, engineerIds, "engineer"), this.requireKnown([...path, "service"], raw.service, serviceIds, "service"), raw.runBy && this.requireKnown([...path, "runBy"], raw.runBy, engineerIds, "engineer"), {
        mentee: raw.mentee,
        incident: String(raw.incident),
        service: raw.service,
        at: this.instant([...path, "at"], raw.at).toISOString(),
        runBy: raw.runBy ?? null,
        notes: raw.notes ?? null
      };
    });
  }
};
function parseLength(text2) {
  return { amount: Number(text2.slice(0, -1)), unit: text2.slice(-1) };
}

// src/sources/workspace/team-source.ts
var TEAM_FILE = "team.yaml", WorkspaceTeamSource = class {
  cached = null;
  path;
  constructor(workspaceDir) {
    this.path = join4(workspaceDir, TEAM_FILE);
  }
  async load(ctx) {
    ctx?.signal?.throwIfAborted();
    let stamp;
    try {
      let info = await stat3(this.path);
      stamp = `${info.mtimeMs}:${info.size}`;
    } catch (error) {
      throw error.code === "ENOENT" ? new WorkspaceError(
        `There is no ${TEAM_FILE} in the workspace (${this.path}); create one listing engineers, services and schedules (see docs/workspace.md).`
      ) : error;
    }
    return this.cached?.stamp !== stamp && (this.cached = {
      stamp,
      result: readFile3(this.path, "utf8").then((text2) => parseTeamFile(text2, TEAM_FILE))
    }), this.cached.result;
  }
};

// src/sources/workspace/index.ts
function createWorkspaceSources(options) {
  let team = new WorkspaceTeamSource(options.workspaceDir);
  return {
    team,
    incidents: new WorkspaceIncidentSource(options.workspaceDir, team, options.now),
    schedules: new WorkspaceScheduleSource(team),
    runbooks: new WorkspaceRunbookSource(options.workspaceDir, options.runbookDir)
  };
}

// src/sources/workspace/shadow-rotation-files.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { mkdir as mkdir2, readFile as readFile4 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// src/sources/workspace/shadow-history-text.ts
var import_yaml3 = __toESM(require_dist(), 1);
var KEY = "shadowHistory", LIST_NOUNS = { shadowHistory: "shadow shifts", drillHistory: "drills" }, NEW_LIST_INDENT = "  ";
function appendShadowHistoryBytes(bytes, records, fileName = "team.yaml") {
  return appendTeamListBytes(bytes, KEY, records.map(shadowEntryText), fileName);
}
function appendTeamListBytes(bytes, key, entries, fileName = "team.yaml") {
  let buffer = Buffer.from(bytes), bom = buffer.subarray(0, 3).equals(UTF8_BOM) ? UTF8_BOM : Buffer.alloc(0), text2 = buffer.subarray(bom.length).toString("latin1"), encoded = entries.map((entry) => Buffer.from(entry, "utf8").toString("latin1")), spliced = appendTeamList(text2, key, encoded, fileName);
  return Buffer.concat([bom, Buffer.from(spliced, "latin1")]);
}
var UTF8_BOM = Buffer.from([239, 187, 191]);
function appendTeamList(text2, key, entries, fileName = "team.yaml") {
  if (entries.length === 0) return text2;
  let lines = new import_yaml3.LineCounter(), doc = import_yaml3.default.parseDocument(text2, { lineCounter: lines });
  if (doc.errors.length > 0 || !(0, import_yaml3.isMap)(doc.contents))
    throw new WorkspaceError(
      `${fileName} does not parse as a YAML mapping; fix it before recording ${key === KEY ? "a rotation" : "to it"}.`
    );
  let eol = text2.includes(`\r
`) ? `\r
` : `
`, pair = doc.contents.items.find((item) => (0, import_yaml3.isScalar)(item.key) && item.key.value === key);
  if (!pair) return appendNewList(text2, key, entries, eol);
  let value = pair.value;
  if ((0, import_yaml3.isSeq)(value) && value.flow) return appendToFlowList(text2, value, entries);
  if ((0, import_yaml3.isSeq)(value) && value.items.length > 0) {
    let last = value.items[value.items.length - 1], indent = " ".repeat(columnOf(text2, value.range[0]));
    return insertLines(text2, lineEndAfter(text2, last.range[1]), entries, `${indent}- `, eol);
  }
  if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) {
    let from = value?.range?.[0] ?? pair.key.range[1], to = value?.range?.[1] ?? from, cleared = text2.slice(0, from) + text2.slice(to);
    return insertLines(cleared, lineEndAfter(cleared, from), entries, `${NEW_LIST_INDENT}- `, eol);
  }
  let line = lines.linePos(pair.key.range[0]).line;
  throw new WorkspaceError(
    `${fileName} line ${line}: ${key} must be a list of ${LIST_NOUNS[key] ?? "entries"}; fix it before recording ${key === KEY ? "a rotation" : "to it"}.`
  );
}
function shadowEntryText(record2) {
  let entry = {
    mentee: record2.mentee,
    mentor: record2.mentor,
    schedule: record2.schedule,
    start: compactInstant(record2.start),
    end: compactInstant(record2.end),
    ...record2.role && record2.role !== "shadow" ? { role: record2.role } : {}
  };
  return import_yaml3.default.stringify(entry, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}
function compactInstant(instant) {
  return new Date(instant).toISOString().replace(".000Z", "Z");
}
function appendNewList(text2, key, entries, eol) {
  let separator = text2.length === 0 || text2.endsWith(`
`) ? "" : eol, list = entries.map((entry) => `${NEW_LIST_INDENT}- ${entry}${eol}`).join("");
  return `${text2}${separator}${key}:${eol}${list}`;
}
function appendToFlowList(text2, list, entries) {
  let last = list.items[list.items.length - 1], at = last ? last.range[1] : text2.lastIndexOf("]", list.range[1] - 1), added = `${last ? ", " : ""}${entries.join(", ")}`;
  return text2.slice(0, at) + added + text2.slice(at);
}
function insertLines(text2, at, entries, prefix, eol) {
  let lead = at === text2.length && at > 0 && !text2.endsWith(`
`) ? eol : "", block = entries.map((entry) => `${prefix}${entry}${eol}`).join("");
  return text2.slice(0, at) + lead + block + text2.slice(at);
}
function lineEndAfter(text2, offset) {
  if (offset > 0 && text2[offset - 1] === `
`) return offset;
  let newline = text2.indexOf(`
`, offset);
  return newline === -1 ? text2.length : newline + 1;
}
function columnOf(text2, offset) {
  return offset - (text2.lastIndexOf(`
`, offset - 1) + 1);
}

// src/sources/workspace/shadow-rotation-files.ts
var ROTATIONS_DIR = "shadow-rotations", WorkspaceShadowRecorder = class {
  constructor(workspaceDir) {
    this.workspaceDir = workspaceDir;
  }
  workspaceDir;
  recordsReverseShadows = !0;
  /** Holds the locks of team.yaml and both rotation files, so what is checked is still true when it is written. */
  async recordShadowRotation(rotation, ctx) {
    ctx?.signal?.throwIfAborted();
    let base = rotationFileBase(rotation.window), names = {
      yaml: `${ROTATIONS_DIR}/${base}.yaml`,
      ics: `${ROTATIONS_DIR}/${base}.ics`,
      team: TEAM_FILE
    }, paths = {
      yaml: await resolveWritePath(this.workspaceDir, names.yaml),
      ics: await resolveWritePath(this.workspaceDir, names.ics),
      team: await resolveWritePath(this.workspaceDir, names.team)
    };
    await mkdir2(dirname3(paths.yaml), { recursive: !0 }), await mkdir2(dirname3(paths.ics), { recursive: !0 });
    let nameOf = /* @__PURE__ */ new Map([
      [paths.yaml, names.yaml],
      [paths.ics, names.ics],
      [paths.team, names.team]
    ]);
    return withFileLocks([paths.yaml, paths.ics, paths.team], () => record(rotation, names, paths, ctx), {
      signal: ctx?.signal,
      describe: (path) => nameOf.get(path) ?? path
    });
  }
};
async function record(rotation, names, paths, ctx) {
  let recorded = await readIfPresent(paths.yaml);
  recorded !== null && checkSameRotation(recorded.toString("utf8"), names.yaml, rotation);
  let teamBytes = await readIfPresent(paths.team);
  if (teamBytes === null) throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace.`);
  let history = parseTeamFile(teamBytes.toString("utf8"), TEAM_FILE).shadowHistory, known = new Set(history.map(shadowKey)), missing = uniqueShadows(rotation.shadows).filter((shadow) => !known.has(shadowKey(shadow))), newTeamBytes = appendShadowHistoryBytes(teamBytes, missing, TEAM_FILE);
  missing.length > 0 && checkAppended(newTeamBytes.toString("utf8"), history.length + missing.length);
  let icsPresent = await readIfPresent(paths.ics) !== null;
  ctx?.signal?.throwIfAborted();
  let result = { mode: "workspace", created: [], existing: [] };
  recorded === null ? (await writeFileAtomically(paths.yaml, rotationFileText(rotation)), result.created.push(names.yaml)) : result.existing.push(names.yaml), icsPresent ? result.existing.push(names.ics) : (await writeFileAtomically(paths.ics, rotation.calendar), result.created.push(names.ics)), missing.length > 0 && await writeFileAtomically(paths.team, newTeamBytes);
  let inHistory = (shadow) => `${TEAM_FILE} shadowHistory: ${describeShadow(shadow)}`;
  return result.created.push(...missing.map(inHistory)), result.existing.push(
    ...uniqueShadows(rotation.shadows).filter((shadow) => known.has(shadowKey(shadow))).map(inHistory)
  ), result;
}
function rotationFileBase(window) {
  return `${fileStamp(window.start)}_${fileStamp(window.end)}`;
}
function fileStamp(instant) {
  let iso = new Date(instant).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  let seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds === "00" ? "" : seconds}Z`;
}
function shadowKey(shadow) {
  return [
    shadow.mentee,
    shadow.mentor,
    shadow.schedule,
    Date.parse(shadow.start),
    Date.parse(shadow.end)
  ].join("|");
}
function uniqueShadows(shadows) {
  let seen = /* @__PURE__ */ new Set();
  return shadows.filter((shadow) => {
    let key = shadowKey(shadow);
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function describeShadow(shadow) {
  return `${shadow.mentee} shadows ${shadow.mentor} on ${shadow.schedule}, ${shadow.start} to ${shadow.end}`;
}
function rotationFileText(rotation) {
  let header = [
    "# A shadow on-call rotation recorded by oncall-mentor-mcp (record_shadow_rotation).",
    "# Its pairings are also in team.yaml shadowHistory; the .ics file beside this one holds the calendar."
  ].join(`
`), body = {
    window: { from: rotation.window.start, to: rotation.window.end },
    pairings: rotation.details
  };
  return `${header}
${import_yaml4.default.stringify(body, { lineWidth: 0 })}`;
}
function checkSameRotation(text2, name, rotation) {
  let recorded;
  try {
    let data = import_yaml4.default.parse(text2);
    recorded = (Array.isArray(data?.pairings) ? data.pairings : []).map(toShadow);
  } catch {
    throw new WorkspaceError(
      `${name} is not a rotation file this server can read; move it away to record this window again.`
    );
  }
  let keys = (shadows) => [...new Set(shadows.map(shadowKey))].sort().join(`
`);
  if (keys(recorded) !== keys(rotation.shadows))
    throw new UserInputError(
      `${name} already records a different rotation for this window; record the same pairings, choose another window, or delete that file (and its entries in team.yaml shadowHistory) first.`
    );
}
function toShadow(value) {
  let item = value, id2 = (field) => {
    let raw = item[field], text2 = typeof raw == "object" && raw !== null ? raw.id : raw;
    if (typeof text2 != "string") throw new Error(`pairing without ${field}`);
    return text2;
  };
  return {
    mentee: id2("mentee"),
    mentor: id2("mentor"),
    schedule: id2("schedule"),
    start: id2("start"),
    end: id2("end")
  };
}
function checkAppended(text2, expected) {
  let count2 = parseTeamFile(text2, TEAM_FILE).shadowHistory.length;
  if (count2 !== expected)
    throw new WorkspaceError(
      `${TEAM_FILE}: appending to shadowHistory would give ${count2} entries instead of ${expected}; check its layout.`
    );
}
async function readIfPresent(path) {
  try {
    return await readFile4(path);
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

// src/sources/select.ts
async function createSources(config, tuning = {}) {
  let pinned = config.now, now = pinned ? () => new Date(pinned) : void 0, workspace = createWorkspaceSources({
    workspaceDir: config.workspaceDir,
    runbookDir: config.runbookDir,
    ...now ? { now } : {}
  }), incidents = workspace.incidents, schedules = workspace.schedules, runbooks = workspace.runbooks, shadows = new WorkspaceShadowRecorder(config.workspaceDir), parts = [`team from ${config.workspaceDir}/team.yaml`];
  if (config.pagerduty) {
    let { createPagerDutySources } = await import("./pagerduty-QFBHDLJI.js"), pagerduty = createPagerDutySources({
      token: config.pagerduty.token,
      apiUrl: config.pagerduty.apiUrl,
      fromEmail: config.pagerduty.fromEmail,
      team: workspace.team,
      ...now ? { now } : {}
    });
    incidents = pagerduty.incidents, schedules = pagerduty.schedules;
    let { createPagerDutyShadowRecorder } = await import("./shadow-recorder-KVTPVM2G.js");
    shadows = createPagerDutyShadowRecorder({
      writes: pagerduty.scheduleWrites,
      schedules: pagerduty.schedules,
      team: workspace.team
    }), parts.push(`incidents and schedules from PagerDuty (${config.pagerduty.apiUrl})`);
  } else
    parts.push("incidents and schedules from the workspace");
  if (config.github) {
    let { createGitHubRunbookSource } = await import("./github-RHJGL6UA.js");
    runbooks = createGitHubRunbookSource({
      token: config.github.token,
      owner: config.github.owner,
      repo: config.github.repo,
      apiUrl: config.github.apiUrl,
      runbookDir: config.runbookDir,
      throttle: tuning.githubThrottle ?? !0
    }), parts.push(`runbooks from GitHub ${config.github.owner}/${config.github.repo}/${config.runbookDir}`);
  } else
    parts.push(`runbooks from the workspace folder ${config.runbookDir}/`);
  return {
    sources: { team: workspace.team, incidents, schedules, runbooks, shadows },
    description: parts.join("; ")
  };
}
async function prepareSources(config) {
  let choice = await createSources(config);
  return await choice.sources.team.load(), choice;
}
export {
  createSources,
  prepareSources
};
