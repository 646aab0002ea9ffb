// Users, services and teams: the account's directory, searchable by `query` and paged.
import { list, pageOf, parsePaging, single } from "../paging.js";
import { notFound } from "../pd-errors.js";
import type { PdObject } from "../pd-objects.js";
import type { Handler } from "./context.js";

function matchesQuery(object: PdObject, query: string | undefined, fields: string[]): boolean {
  if (!query) return true;
  const wanted = query.toLowerCase();
  return fields.some((field) =>
    String(object[field] ?? "")
      .toLowerCase()
      .includes(wanted),
  );
}

function onTeams(object: PdObject, teamIds: string[]): boolean {
  if (teamIds.length === 0) return true;
  const teams = Array.isArray(object["teams"]) ? (object["teams"] as PdObject[]) : [];
  return teams.some((team) => teamIds.includes(String(team["id"])));
}

export const listUsers: Handler = ({ state, query }) => {
  const paging = parsePaging(query);
  const text = single(query, "query");
  const teamIds = list(query, "team_ids[]");
  const users = state.users.filter(
    (user) => matchesQuery(user, text, ["name", "email"]) && onTeams(user, teamIds),
  );
  return { status: 200, body: pageOf("users", users, paging) };
};

export const getUser: Handler = ({ state, params }) => {
  const user = state.user(params["id"] ?? "");
  if (!user) throw notFound();
  return { status: 200, body: { user } };
};

export const listServices: Handler = ({ state, query }) => {
  const paging = parsePaging(query);
  const text = single(query, "query");
  const teamIds = list(query, "team_ids[]");
  const services = state.services.filter(
    (service) => matchesQuery(service, text, ["name"]) && onTeams(service, teamIds),
  );
  return { status: 200, body: pageOf("services", services, paging) };
};

export const listTeams: Handler = ({ state, query }) => {
  const paging = parsePaging(query);
  const teams = state.teams.filter((team) => matchesQuery(team, single(query, "query"), ["name"]));
  return { status: 200, body: pageOf("teams", teams, paging) };
};
