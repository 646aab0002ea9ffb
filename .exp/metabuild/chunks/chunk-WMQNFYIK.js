import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/errors.ts
var UserInputError = class extends Error {
  name = "UserInputError";
}, NotFoundError = class extends UserInputError {
  name = "NotFoundError";
}, StaleVersionError = class extends UserInputError {
  name = "StaleVersionError";
}, ConfigurationError = class extends Error {
  name = "ConfigurationError";
}, UpstreamError = class extends Error {
  constructor(service, message, status, retryLater) {
    super(message);
    this.service = service;
    this.status = status;
    this.retryLater = retryLater;
  }
  service;
  status;
  retryLater;
  name = "UpstreamError";
}, WorkspaceError = class extends Error {
  name = "WorkspaceError";
};

export {
  UserInputError,
  NotFoundError,
  StaleVersionError,
  ConfigurationError,
  UpstreamError,
  WorkspaceError
};
