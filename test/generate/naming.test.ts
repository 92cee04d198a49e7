// The one naming rule from path, tag and operationId (or x-sdk-method) to `client.<resource>.<method>`,
// on operations as Recall's own OpenAPI definitions name them.
import { describe, expect, it } from "vitest";
import { methodNameOf, type OperationRef } from "../../scripts/pipeline/naming.js";

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
  ["no resource prefix is refused, naming path and candidates", { given: [op("listRecordings", "/api/v1/recording/")], want: /"listRecordings" of \/api\/v1\/recording\/ is not <resource>.*\(recording\).*x-sdk-method/ }],
  ["no known action is refused", { given: [op("recording_frobnicate", "/api/v1/recording/{id}/")], want: /"recording_frobnicate" .* add x-sdk-method/ }],
  ["a half override still needs the rule for the other half", { given: [op("listRecordings", "/api/v1/recording/"), { name: "all" }], want: /"listRecordings"/ }],
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
