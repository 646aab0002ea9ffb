// People as incidents see them (PersonRef): a few named ones the stories share, and a builder for any other.
import type { PersonRef } from "../../src/model.js";

/** A person known to team.yaml, named by their id unless `overrides` says otherwise. */
export function person(id: string, overrides: Partial<Omit<PersonRef, "id">> = {}): PersonRef {
  return { id, name: id, known: true, ...overrides };
}

export const alice: PersonRef = person("alice", { name: "Alice Chen" });
export const bob: PersonRef = person("bob", { name: "Bob Li" });
export const carol: PersonRef = person("carol", { name: "Carol Diaz" });
