// completion/complete: values for a prompt argument or a resource template variable, from the definition's
// completer; a completer that fails offers nothing rather than an error.
import type { CompleteRequest, CompleteResult } from "@modelcontextprotocol/sdk/types.js";
import type { AnyPromptDefinition, Completer } from "../ports/prompt.js";
import type { ResourceDefinition } from "../ports/resource.js";
import type { AppContext } from "./app-context.js";
import { withProtocolCall } from "./protocol-call.js";

/** Completion values at most: the protocol's own limit. */
const MAX_VALUES = 100;
const COMPLETION_TIMEOUT_MS = 10_000;

export async function complete(
  app: AppContext,
  offer: { prompts: ReadonlyMap<string, AnyPromptDefinition>; resources: readonly ResourceDefinition[] },
  params: CompleteRequest["params"],
  signal: AbortSignal,
): Promise<CompleteResult> {
  const completer = completerFor(offer, params);
  if (!completer) return { completion: { values: [], hasMore: false } };
  const values = await withProtocolCall(
    app,
    "completion",
    AbortSignal.any([signal, AbortSignal.timeout(COMPLETION_TIMEOUT_MS)]),
    (ctx) => completer(params.argument.value, ctx),
  ).catch(() => []);
  return {
    completion: {
      values: values.slice(0, MAX_VALUES),
      total: values.length,
      hasMore: values.length > MAX_VALUES,
    },
  };
}

function completerFor(
  offer: { prompts: ReadonlyMap<string, AnyPromptDefinition>; resources: readonly ResourceDefinition[] },
  params: CompleteRequest["params"],
): Completer | undefined {
  const argument = params.argument.name;
  if (params.ref.type === "ref/prompt") {
    const completers = offer.prompts.get(params.ref.name)?.complete as Record<string, Completer> | undefined;
    return completers?.[argument];
  }
  const uri = params.ref.uri;
  return offer.resources.find((resource) => resource.uriTemplate === uri)?.complete?.[argument];
}
