// The one naming rule from path, tag and operationId (or x-sdk-method) to `client.<resource>.<method>`,
// on operations as Recall's own OpenAPI definitions name them.
import { describe, expect, it } from "vitest";
import { methodNameOf, operationIdentifier, type OperationRef, schemaTypeName, typeNameOf } from "../../scripts/pipeline/naming.js";

const op = (operationId: string, path: string, tag?: string): OperationRef => ({ operationId, path, tags: tag ? [tag] : [] });

const recall: [OperationRef, string][] = [
  [op("recording_list", "/api/v1/recording/"), "recordings.list"],
  [op("recording_retrieve", "/api/v1/recording/{id}/"), "recordings.retrieve"],
  [op("recording_partial_update", "/api/v1/recording/{id}/"), "recordings.update"],
  [op("recording_destroy", "/api/v1/recording/{id}/"), "recordings.delete"],
  [op("recording_create_transcript_create", "/api/v1/recording/{id}/create_transcript/"), "recordings.createTranscript"],
  [op("bot_create", "/api/v1/bot/"), "bots.create"],
  [op("bot_update", "/api/v1/bot/{id}/"), "bots.replace"],
  [op("bot_leave_call_create", "/api/v1/bot/{id}/leave_call/"), "bots.leaveCall"],
  [op("video_mixed_list", "/api/v1/video_mixed/"), "videoMixed.list"],
  [op("audio_separate_partial_update", "/api/v1/audio_separate/{id}/"), "audioSeparate.update"],
  [op("participant_events_retrieve", "/api/v1/participant_events/{id}/"), "participantEvents.retrieve"],
  [op("calendar_events_list", "/api/v2/calendar-events/"), "calendarEvents.list"],
  [op("calendar_events_bot_create", "/api/v2/calendar-events/{id}/bot/"), "calendarEvents.bot"],
  [op("calendar_events_bot_destroy", "/api/v2/calendar-events/{id}/bot/"), "calendarEvents.deleteBot"],
  [op("calendars_access_token_create", "/api/v2/calendars/{id}/access-token/"), "calendars.accessToken"],
  [op("calendar_event_partial_update", "/api/v1/calendar_event/{id}/"), "calendarEvent.update"],
  [op("meeting_list", "/api/v1/meetings/", "meeting"), "meetings.list"],
];

describe("methodNameOf on Recall's operations", () => {
  it.each(recall)("%o is %s", (given, want) => {
    const { resource, method } = methodNameOf(given);
    expect(`${resource}.${method}`).toBe(want);
  });
});

const cases: [string, { given: [OperationRef, unknown?]; want: string | RegExp }][] = [
  ["the tag names the resource when the path does not", { given: [op("slack_team_list", "/api/v1/slack-teams/", "slack_team")], want: "slackTeam.list" }],
  ["x-sdk-method overrides the name", { given: [op("recording_create_transcript_create", "/api/v1/recording/{id}/create_transcript/"), { name: "transcribe" }], want: "recordings.transcribe" }],
  ["x-sdk-method may move the resource", { given: [op("recording_list", "/api/v1/recording/"), { resource: "media", name: "all" }], want: "media.all" }],
  ["x-sdk-method names what the rule cannot", { given: [op("listRecordings", "/api/v1/recording/"), { resource: "recordings", name: "list" }], want: "recordings.list" }],
  ["rule 3: another operationId is the method, on the path's resource", { given: [op("listRecordings", "/api/v1/recording/")], want: "recordings.listRecordings" }],
  ["rule 3: a leading resource word is dropped", { given: [op("recording_frobnicate", "/api/v1/recording/{id}/")], want: "recordings.frobnicate" }],
  ["rule 2: <group>/<name> (GitHub)", { given: [op("repos/get-content", "/repos/{owner}/{repo}/contents/{path}", "repos")], want: "repos.getContent" }],
  ["rule 2: on the root path", { given: [op("meta/root", "/", "meta")], want: "meta.root" }],
  ["rule 2: a group of several words", { given: [op("code-scanning/list-alerts-for-repo", "/repos/{owner}/{repo}/code-scanning/alerts")], want: "codeScanning.listAlertsForRepo" }],
  ["rule 4: no operationId: HTTP method and the path's other segments", { given: [{ path: "/users/{id}/repos", httpMethod: "get" }], want: "users.getByIdRepos" }],
  ["rule 4: on the root path", { given: [{ path: "/", httpMethod: "get" }], want: "roots.get" }],
  ["a format suffix is not part of the resource (Discourse)", { given: [op("listCategories", "/categories.json")], want: "categories.listCategories" }],
  ["nor of a method made from the path", { given: [{ path: "/users.json", httpMethod: "post" }], want: "users.post" }],
  ["nor of a path parameter's segment", { given: [{ path: "/users/{id}.json", httpMethod: "get" }], want: "users.getById" }],
  ["a noun in -ch, -sh, -x or -z takes -es", { given: [op("search", "/search.json")], want: "searches.search" }],
  ["a noun in consonant + y takes -ies", { given: [op("listCategories", "/category/")], want: "categories.listCategories" }],
  ["a noun in vowel + y takes -s", { given: [op("listKeys", "/key/")], want: "keys.listKeys" }],
  ["a one-letter abbreviation is kept (Discourse's /c/)", { given: [op("getCategory", "/c/{id}/show.json")], want: "c.getCategory" }],
  ["a half override takes the other half from the rule", { given: [op("listRecordings", "/api/v1/recording/"), { name: "all" }], want: "recordings.all" }],
  ["a non-identifier override is refused", { given: [op("recording_list", "/api/v1/recording/"), { name: "two words" }], want: /must be a JavaScript identifier/ }],
];

describe("methodNameOf", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const run = () => {
      const { resource, method } = methodNameOf(...given);
      return `${resource}.${method}`;
    };
    if (want instanceof RegExp) expect(run).toThrow(want);
    else expect(run()).toBe(want);
  });
});

const identifiers: [string, { given: OperationRef; want: string }][] = [
  ["an identifier operationId is kept", { given: { operationId: "recording_list", path: "/api/v1/recording/" }, want: "recording_list" }],
  ["other characters join the words with _", { given: { operationId: "meta/root", path: "/" }, want: "meta_root" }],
  ["dashes too", { given: { operationId: "repos/get-content", path: "/" }, want: "repos_get_content" }],
  ["a leading digit gets _", { given: { operationId: "2fa-enable", path: "/" }, want: "_2fa_enable" }],
  ["a reserved word gets _", { given: { operationId: "delete", path: "/" }, want: "_delete" }],
  ["no operationId: method and path", { given: { httpMethod: "get", path: "/users/{id}/repos" }, want: "get_users_id_repos" }],
];

describe("operationIdentifier", () => {
  it.each(identifiers)("%s", (_name, { given, want }) => expect(operationIdentifier(given)).toBe(want));
});

describe("type names", () => {
  it.each([
    ["recording_list", "RecordingList"],
    ["meta_root", "MetaRoot"],
    ["code-scanning-alert", "CodeScanningAlert"],
    ["getURLForThing", "GetURLForThing"],
    ["2fa", "_2fa"],
  ])("typeNameOf(%s) is %s", (given, want) => expect(typeNameOf(given)).toBe(want));
  it.each([
    ["Recording", "Recording"],
    ["simple-user", "SimpleUser"],
    ["nullable-simple-user", "NullableSimpleUser"],
  ])("schemaTypeName(%s) is %s", (given, want) => expect(schemaTypeName(given)).toBe(want));
});
