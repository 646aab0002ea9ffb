// Branches: read one, create one, move one.
import { gitRef, type Site } from "../payloads.js";
import {
  type FakeRequest,
  notFound,
  type Reply,
  requestBodyObject,
  stringField,
  validationFailed,
} from "../router.js";

export function getRef(_request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const ref = params["ref"] ?? "";
  const sha = site.state.git.refs.get(ref);
  return sha ? { status: 200, body: gitRef(site, ref, sha) } : notFound();
}

export function createRef(request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  const body = requestBodyObject(request);
  const fullRef = stringField(body, "ref");
  const sha = stringField(body, "sha");
  if (fullRef === undefined || sha === undefined) {
    return validationFailed(
      `Invalid request.\n\n"${fullRef === undefined ? "ref" : "sha"}" wasn't supplied.`,
    );
  }
  if (!/^refs\/[^/]+\/.+/.test(fullRef) || fullRef.includes("..") || fullRef.endsWith("/")) {
    return validationFailed(`${fullRef} is not a valid ref name.`);
  }
  const ref = fullRef.slice("refs/".length);
  if (!site.state.git.commit(sha)) return validationFailed("Object does not exist");
  if (site.state.git.refs.has(ref)) return validationFailed("Reference already exists");
  site.state.git.refs.set(ref, sha);
  const answer = gitRef(site, ref, sha);
  return { status: 201, body: answer, headers: { location: String(answer["url"]) } };
}

export function updateRef(request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const body = requestBodyObject(request);
  const ref = params["ref"] ?? "";
  const sha = stringField(body, "sha");
  const current = site.state.git.refs.get(ref);
  if (sha === undefined) return validationFailed('Invalid request.\n\n"sha" wasn\'t supplied.');
  if (!current) return validationFailed("Reference does not exist");
  if (!site.state.git.commit(sha)) return validationFailed("Object does not exist");
  if (body["force"] !== true && !site.state.git.isAncestor(current, sha)) {
    return validationFailed("Update is not a fast forward");
  }
  site.state.git.refs.set(ref, sha);
  return { status: 200, body: gitRef(site, ref, sha) };
}
