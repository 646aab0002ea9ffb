// Every operation the fake answers: exactly the paths of github-openapi-subset.json.
import { getContent, getRepository, getTree, listCommits, putContent, searchCode } from "./handlers/files.js";
import { addLabels, createPull, listPulls, updatePull } from "./handlers/pulls.js";
import { createRef, getRef, updateRef } from "./handlers/refs.js";
import type { Route } from "./router.js";

export function githubRoutes(maxTreeEntries: number): Route[] {
  return [
    { method: "GET", template: "/repos/{owner}/{repo}", handle: getRepository },
    { method: "GET", template: "/repos/{owner}/{repo}/contents/{path}", handle: getContent },
    { method: "PUT", template: "/repos/{owner}/{repo}/contents/{path}", handle: putContent },
    { method: "GET", template: "/repos/{owner}/{repo}/git/ref/{ref}", handle: getRef },
    { method: "POST", template: "/repos/{owner}/{repo}/git/refs", handle: createRef },
    { method: "PATCH", template: "/repos/{owner}/{repo}/git/refs/{ref}", handle: updateRef },
    {
      method: "GET",
      template: "/repos/{owner}/{repo}/git/trees/{tree_sha}",
      handle: (request, params, site) => getTree(request, params, site, maxTreeEntries),
    },
    { method: "GET", template: "/repos/{owner}/{repo}/pulls", handle: listPulls },
    { method: "POST", template: "/repos/{owner}/{repo}/pulls", handle: createPull },
    { method: "PATCH", template: "/repos/{owner}/{repo}/pulls/{pull_number}", handle: updatePull },
    { method: "GET", template: "/search/code", handle: searchCode },
    { method: "GET", template: "/repos/{owner}/{repo}/commits", handle: listCommits },
    { method: "POST", template: "/repos/{owner}/{repo}/issues/{issue_number}/labels", handle: addLabels },
  ];
}
