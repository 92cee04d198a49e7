// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
// @ts-nocheck: Ajv standalone code (plain JavaScript); src/core/response-check.ts gives it its types.
/** The SDK method of each operation whose success body this module checks, by operationId. */
export const methods = {
  recording_list: "recordings.list",
  recording_partial_update: "recordings.update",
  recording_retrieve: "recordings.retrieve",
};
export const recording_list_open = validate21;
const schema6 = {"$id":"recording_list","$ref":"open#/$defs/PaginatedRecordingList"};
const schema8 = {"properties":{"next":{"format":"uri","type":["string","null"]},"previous":{"format":"uri","type":["string","null"]},"results":{"items":{"$ref":"#/$defs/Recording"},"type":"array"}},"required":["next","previous","results"],"type":"object"};
const formats0 = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const schema9 = {"properties":{"bot":{"oneOf":[{"$ref":"#/$defs/ObjectReference"},{"type":"null"}]},"completed_at":{"format":"date-time","type":["string","null"]},"created_at":{"format":"date-time","type":"string"},"desktop_sdk_upload":{"oneOf":[{"$ref":"#/$defs/ObjectReference"},{"type":"null"}]},"expires_at":{"format":"date-time","type":["string","null"]},"id":{"format":"uuid","type":"string"},"media_shortcuts":{"$ref":"#/$defs/MediaShortcuts"},"metadata":{"$ref":"#/$defs/Metadata"},"realtime_endpoints":{"items":{"$ref":"#/$defs/ObjectReference"},"type":"array"},"started_at":{"format":"date-time","type":["string","null"]},"status":{"$ref":"#/$defs/RecordingStatus"}},"required":["id","created_at","started_at","completed_at","status","media_shortcuts","realtime_endpoints","bot","desktop_sdk_upload","expires_at"],"type":"object"};
const schema10 = {"properties":{"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"}},"required":["id","metadata"],"type":"object"};
const formats4 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const schema11 = {"additionalProperties":{"type":"string"},"type":"object"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(typeof data[key0] !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!(formats4.test(data0))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate26(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema12 = {"properties":{"meeting_metadata":{"oneOf":[{"$ref":"#/$defs/MeetingMetadata"},{"type":"null"}]},"participant_events":{"oneOf":[{"$ref":"#/$defs/ParticipantEvents"},{"type":"null"}]},"transcript":{"oneOf":[{"$ref":"#/$defs/Transcript"},{"type":"null"}]},"video_mixed":{"oneOf":[{"$ref":"#/$defs/VideoMixed"},{"type":"null"}]}},"required":["video_mixed","transcript","participant_events","meeting_metadata"],"type":"object"};
const schema13 = {"allOf":[{"$ref":"#/$defs/MediaObject"},{"properties":{"data":{"$ref":"#/$defs/MeetingMetadataData"}},"required":["data"],"type":"object"}]};
const schema14 = {"properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"status":{"$ref":"#/$defs/MediaStatus"}},"required":["id","created_at","status","metadata"],"type":"object"};
const formats6 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const schema15 = {"properties":{"code":{"$ref":"#/$defs/MediaStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object"};
const schema16 = {"enum":["processing","done","failed","deleted"],"type":"string"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "processing") || (data === "done")) || (data === "failed")) || (data === "deleted"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema16.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sub_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.code !== undefined){
if(!(validate35(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema15.properties.sub_code.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data2 = data.updated_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err4 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
const err4 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats4.test(data1))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate26(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema17 = {"properties":{"channel_id":{"type":"string"},"huddle_id":{"type":"string"},"title":{"type":"string"},"zoom":{"properties":{"meeting_uuid":{"type":"string"}},"type":"object"},"zoom_meeting_uuid":{"type":"string"}},"type":"object"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel_id !== undefined){
if(typeof data.channel_id !== "string"){
const err0 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.huddle_id !== undefined){
if(typeof data.huddle_id !== "string"){
const err1 = {instancePath:instancePath+"/huddle_id",schemaPath:"#/properties/huddle_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.zoom !== undefined){
let data3 = data.zoom;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.meeting_uuid !== undefined){
if(typeof data3.meeting_uuid !== "string"){
const err3 = {instancePath:instancePath+"/zoom/meeting_uuid",schemaPath:"#/properties/zoom/properties/meeting_uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.zoom_meeting_uuid !== undefined){
if(typeof data.zoom_meeting_uuid !== "string"){
const err5 = {instancePath:instancePath+"/zoom_meeting_uuid",schemaPath:"#/properties/zoom_meeting_uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
if(!(validate39(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema18 = {"allOf":[{"$ref":"#/$defs/MediaObject"},{"properties":{"data":{"$ref":"#/$defs/ParticipantEventsData"}},"required":["data"],"type":"object"}]};
const schema19 = {"properties":{"participant_events_download_url":{"type":"string"},"participants_download_url":{"type":"string"},"speaker_timeline_download_url":{"type":"string"}},"type":"object"};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.participant_events_download_url !== undefined){
if(typeof data.participant_events_download_url !== "string"){
const err0 = {instancePath:instancePath+"/participant_events_download_url",schemaPath:"#/properties/participant_events_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.participants_download_url !== undefined){
if(typeof data.participants_download_url !== "string"){
const err1 = {instancePath:instancePath+"/participants_download_url",schemaPath:"#/properties/participants_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.speaker_timeline_download_url !== undefined){
if(typeof data.speaker_timeline_download_url !== "string"){
const err2 = {instancePath:instancePath+"/speaker_timeline_download_url",schemaPath:"#/properties/speaker_timeline_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
if(!(validate44(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema20 = {"allOf":[{"$ref":"#/$defs/MediaObject"},{"properties":{"data":{"$ref":"#/$defs/TranscriptData"},"diarization":{"$ref":"#/$defs/TranscriptDiarization"},"provider":{"$ref":"#/$defs/TranscriptProvider"}},"required":["data"],"type":"object"}]};
const schema21 = {"properties":{"download_url":{"type":"string"},"provider_data_download_url":{"type":"string"}},"required":["download_url"],"type":"object"};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.download_url !== undefined){
if(typeof data.download_url !== "string"){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.provider_data_download_url !== undefined){
if(typeof data.provider_data_download_url !== "string"){
const err2 = {instancePath:instancePath+"/provider_data_download_url",schemaPath:"#/properties/provider_data_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

const schema22 = {"properties":{"use_separate_streams_when_available":{"type":"boolean"}},"type":"object"};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.use_separate_streams_when_available !== undefined){
if(typeof data.use_separate_streams_when_available !== "boolean"){
const err0 = {instancePath:instancePath+"/use_separate_streams_when_available",schemaPath:"#/properties/use_separate_streams_when_available/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema23 = {"additionalProperties":{"additionalProperties":true,"type":"object"},"properties":{"assembly_ai_async":{"$ref":"#/$defs/AssemblyAiAsyncConfig"},"assembly_ai_async_chunked":{"$ref":"#/$defs/AssemblyAiAsyncChunkedConfig"},"assembly_ai_streaming":{"$ref":"#/$defs/AssemblyAiStreamingConfig"},"aws_transcribe_streaming":{"$ref":"#/$defs/AwsTranscribeStreamingConfig"},"deepgram_async":{"$ref":"#/$defs/DeepgramAsyncConfig"},"deepgram_streaming":{"$ref":"#/$defs/DeepgramStreamingConfig"},"gladia_v1_async":{"$ref":"#/$defs/GladiaV1AsyncConfig"},"gladia_v1_streaming":{"$ref":"#/$defs/GladiaV1StreamingConfig"},"gladia_v2_async":{"$ref":"#/$defs/GladiaV2AsyncConfig"},"gladia_v2_streaming":{"$ref":"#/$defs/GladiaV2StreamingConfig"},"meeting_captions":{"$ref":"#/$defs/MeetingCaptionsConfig"},"rev_async":{"$ref":"#/$defs/RevAsyncConfig"},"rev_streaming":{"$ref":"#/$defs/RevStreamingConfig"},"speechmatics_async":{"$ref":"#/$defs/SpeechmaticsAsyncConfig"},"speechmatics_streaming":{"$ref":"#/$defs/SpeechmaticsStreamingConfig"}},"type":"object"};
const func2 = Object.prototype.hasOwnProperty;
const schema24 = {"properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"$ref":"#/$defs/AssemblyAiCustomSpelling"},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"language_code":{"type":"string"},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":"integer"},"speech_model":{"type":"string"},"speech_threshold":{"type":"number"},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};
const schema25 = {"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from !== undefined){
let data0 = data.from;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/from/" + i0,schemaPath:"#/properties/from/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.to !== undefined){
if(typeof data.to !== "string"){
const err2 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.audio_end_at !== undefined){
let data0 = data.audio_end_at;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/audio_end_at",schemaPath:"#/properties/audio_end_at/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_start_from !== undefined){
let data1 = data.audio_start_from;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/audio_start_from",schemaPath:"#/properties/audio_start_from/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.auto_chapters !== undefined){
if(typeof data.auto_chapters !== "boolean"){
const err2 = {instancePath:instancePath+"/auto_chapters",schemaPath:"#/properties/auto_chapters/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.auto_highlights !== undefined){
if(typeof data.auto_highlights !== "boolean"){
const err3 = {instancePath:instancePath+"/auto_highlights",schemaPath:"#/properties/auto_highlights/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.boost_param !== undefined){
if(typeof data.boost_param !== "string"){
const err4 = {instancePath:instancePath+"/boost_param",schemaPath:"#/properties/boost_param/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err5 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data6 = data.content_safety_confidence;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err6 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data7 = data.custom_spelling;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55(data7[i0], {instancePath:instancePath+"/custom_spelling/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err8 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err9 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err10 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err11 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err12 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err13 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err14 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data16 = data.keyterms_prompt;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(typeof data16[i1] !== "string"){
const err15 = {instancePath:instancePath+"/keyterms_prompt/" + i1,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err17 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err18 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.language_confidence_threshold !== undefined){
let data20 = data.language_confidence_threshold;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err19 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err20 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err21 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err22 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err23 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err24 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data26 = data.redact_pii_policies;
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
if(typeof data26[i2] !== "string"){
const err25 = {instancePath:instancePath+"/redact_pii_policies/" + i2,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
if(typeof data.redact_pii_sub !== "string"){
const err27 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err28 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err29 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data31 = data.speakers_expected;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err30 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.speech_model !== undefined){
if(typeof data.speech_model !== "string"){
const err31 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data33 = data.speech_threshold;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err32 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err33 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err34 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err35 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.topics !== undefined){
let data37 = data.topics;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
if(typeof data37[i3] !== "string"){
const err36 = {instancePath:instancePath+"/topics/" + i3,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data39 = data.word_boost;
if(Array.isArray(data39)){
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
if(typeof data39[i4] !== "string"){
const err38 = {instancePath:instancePath+"/word_boost/" + i4,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema26 = {"properties":{"boost_param":{"type":"string"},"chunk_maximum":{"type":"integer"},"chunk_minimum":{"type":"integer"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"$ref":"#/$defs/AssemblyAiCustomSpelling"},"type":"array"},"disfluencies":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"type":"string"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":"integer"},"speech_model":{"type":"string"},"speech_threshold":{"type":"number"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.boost_param !== undefined){
if(typeof data.boost_param !== "string"){
const err0 = {instancePath:instancePath+"/boost_param",schemaPath:"#/properties/boost_param/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.chunk_maximum !== undefined){
let data1 = data.chunk_maximum;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/chunk_maximum",schemaPath:"#/properties/chunk_maximum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.chunk_minimum !== undefined){
let data2 = data.chunk_minimum;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/chunk_minimum",schemaPath:"#/properties/chunk_minimum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err3 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data4 = data.content_safety_confidence;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err4 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data5 = data.custom_spelling;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55(data5[i0], {instancePath:instancePath+"/custom_spelling/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err6 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err7 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err8 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data10 = data.keyterms_prompt;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err9 = {instancePath:instancePath+"/keyterms_prompt/" + i1,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err11 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.language_confidence_threshold !== undefined){
let data13 = data.language_confidence_threshold;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err12 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err13 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err14 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err15 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data17 = data.redact_pii_policies;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
if(typeof data17[i2] !== "string"){
const err16 = {instancePath:instancePath+"/redact_pii_policies/" + i2,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
if(typeof data.redact_pii_sub !== "string"){
const err18 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err19 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data21 = data.speakers_expected;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err20 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.speech_model !== undefined){
if(typeof data.speech_model !== "string"){
const err21 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data23 = data.speech_threshold;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err22 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data24 = data.word_boost;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(typeof data24[i3] !== "string"){
const err23 = {instancePath:instancePath+"/word_boost/" + i3,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}

const schema27 = {"properties":{"disable_partial_transcripts":{"type":"boolean"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disable_partial_transcripts !== undefined){
if(typeof data.disable_partial_transcripts !== "boolean"){
const err0 = {instancePath:instancePath+"/disable_partial_transcripts",schemaPath:"#/properties/disable_partial_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data1 = data.word_boost;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/word_boost/" + i0,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

const schema28 = {"properties":{"content_redaction_type":{"type":"string"},"identify_multiple_languages":{"type":"boolean"},"language_code":{"type":"string"},"language_identification":{"type":"boolean"},"language_model_name":{"type":"string"},"language_options":{"type":"string"},"partial_results_stability":{"type":"string"},"pii_entity_types":{"type":"string"},"preferred_language":{"type":"string"},"show_speaker_label":{"type":"boolean"},"vocabulary_filter_method":{"type":"string"},"vocabulary_filter_names":{"type":"string"},"vocabulary_name":{"type":"string"},"vocabulary_names":{"type":"string"}},"type":"object"};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.content_redaction_type !== undefined){
if(typeof data.content_redaction_type !== "string"){
const err0 = {instancePath:instancePath+"/content_redaction_type",schemaPath:"#/properties/content_redaction_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.identify_multiple_languages !== undefined){
if(typeof data.identify_multiple_languages !== "boolean"){
const err1 = {instancePath:instancePath+"/identify_multiple_languages",schemaPath:"#/properties/identify_multiple_languages/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err2 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language_identification !== undefined){
if(typeof data.language_identification !== "boolean"){
const err3 = {instancePath:instancePath+"/language_identification",schemaPath:"#/properties/language_identification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_model_name !== undefined){
if(typeof data.language_model_name !== "string"){
const err4 = {instancePath:instancePath+"/language_model_name",schemaPath:"#/properties/language_model_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language_options !== undefined){
if(typeof data.language_options !== "string"){
const err5 = {instancePath:instancePath+"/language_options",schemaPath:"#/properties/language_options/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.partial_results_stability !== undefined){
if(typeof data.partial_results_stability !== "string"){
const err6 = {instancePath:instancePath+"/partial_results_stability",schemaPath:"#/properties/partial_results_stability/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pii_entity_types !== undefined){
if(typeof data.pii_entity_types !== "string"){
const err7 = {instancePath:instancePath+"/pii_entity_types",schemaPath:"#/properties/pii_entity_types/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.preferred_language !== undefined){
if(typeof data.preferred_language !== "string"){
const err8 = {instancePath:instancePath+"/preferred_language",schemaPath:"#/properties/preferred_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.show_speaker_label !== undefined){
if(typeof data.show_speaker_label !== "boolean"){
const err9 = {instancePath:instancePath+"/show_speaker_label",schemaPath:"#/properties/show_speaker_label/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.vocabulary_filter_method !== undefined){
if(typeof data.vocabulary_filter_method !== "string"){
const err10 = {instancePath:instancePath+"/vocabulary_filter_method",schemaPath:"#/properties/vocabulary_filter_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vocabulary_filter_names !== undefined){
if(typeof data.vocabulary_filter_names !== "string"){
const err11 = {instancePath:instancePath+"/vocabulary_filter_names",schemaPath:"#/properties/vocabulary_filter_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.vocabulary_name !== undefined){
if(typeof data.vocabulary_name !== "string"){
const err12 = {instancePath:instancePath+"/vocabulary_name",schemaPath:"#/properties/vocabulary_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.vocabulary_names !== undefined){
if(typeof data.vocabulary_names !== "string"){
const err13 = {instancePath:instancePath+"/vocabulary_names",schemaPath:"#/properties/vocabulary_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const schema29 = {"properties":{"credential_id":{"type":"string"},"detect_language":{"type":"boolean"},"detect_topics":{"type":"boolean"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"filler_words":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"mip_opt_out":{"type":"boolean"},"model":{"type":"string"},"numerals":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"items":{"type":"string"},"type":"array"},"replace":{"items":{"type":"string"},"type":"array"},"search":{"items":{"type":"string"},"type":"array"},"smart_format":{"type":"boolean"},"summarize":{"type":"boolean"},"tag":{"type":"boolean"},"tier":{"type":"string"},"version":{"type":"string"}},"type":"object"};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.credential_id !== undefined){
if(typeof data.credential_id !== "string"){
const err0 = {instancePath:instancePath+"/credential_id",schemaPath:"#/properties/credential_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err1 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.detect_topics !== undefined){
if(typeof data.detect_topics !== "boolean"){
const err2 = {instancePath:instancePath+"/detect_topics",schemaPath:"#/properties/detect_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err3 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err4 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err5 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data6 = data.keyterm;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err6 = {instancePath:instancePath+"/keyterm/" + i0,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.keywords !== undefined){
let data8 = data.keywords;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
const err8 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err10 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err11 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err12 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err13 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err14 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err15 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.redact !== undefined){
let data16 = data.redact;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(typeof data16[i2] !== "string"){
const err16 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.replace !== undefined){
let data18 = data.replace;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(typeof data18[i3] !== "string"){
const err18 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.search !== undefined){
let data20 = data.search;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(typeof data20[i4] !== "string"){
const err20 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err22 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.summarize !== undefined){
if(typeof data.summarize !== "boolean"){
const err23 = {instancePath:instancePath+"/summarize",schemaPath:"#/properties/summarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.tag !== undefined){
if(typeof data.tag !== "boolean"){
const err24 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err25 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err26 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const schema30 = {"properties":{"alternatives":{"type":"integer"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"endpointing":{"type":"integer"},"filler_words":{"type":"boolean"},"interim_results":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"log_data":{"type":"boolean"},"mip_opt_out":{"type":"boolean"},"model":{"type":"string"},"ner":{"type":"boolean"},"numerals":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"items":{"type":"string"},"type":"array"},"replace":{"items":{"type":"string"},"type":"array"},"search":{"items":{"type":"string"},"type":"array"},"smart_format":{"type":"boolean"},"tier":{"type":"string"},"version":{"type":"string"}},"type":"object"};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.alternatives !== undefined){
let data0 = data.alternatives;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err1 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err2 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data3 = data.endpointing;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err4 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.interim_results !== undefined){
if(typeof data.interim_results !== "boolean"){
const err5 = {instancePath:instancePath+"/interim_results",schemaPath:"#/properties/interim_results/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data6 = data.keyterm;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err6 = {instancePath:instancePath+"/keyterm/" + i0,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.keywords !== undefined){
let data8 = data.keywords;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
const err8 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err10 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.log_data !== undefined){
if(typeof data.log_data !== "boolean"){
const err11 = {instancePath:instancePath+"/log_data",schemaPath:"#/properties/log_data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err12 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err13 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ner !== undefined){
if(typeof data.ner !== "boolean"){
const err14 = {instancePath:instancePath+"/ner",schemaPath:"#/properties/ner/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err15 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err16 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err17 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.redact !== undefined){
let data18 = data.redact;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
if(typeof data18[i2] !== "string"){
const err18 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.replace !== undefined){
let data20 = data.replace;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
if(typeof data20[i3] !== "string"){
const err20 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.search !== undefined){
let data22 = data.search;
if(Array.isArray(data22)){
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
if(typeof data22[i4] !== "string"){
const err22 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err24 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err25 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err26 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema31 = {"properties":{"diarization_max_speakers":{"type":"integer"},"diarization_min_speakers":{"type":"integer"},"diarization_num_speakers":{"type":"integer"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"target_translation_language":{"type":"string"},"toggle_diarization":{"type":"string"},"toggle_direct_translate":{"type":"boolean"},"toggle_noise_reduction":{"type":"boolean"},"transcription_hint":{"type":"string"}},"type":"object"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.diarization_max_speakers !== undefined){
let data0 = data.diarization_max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/diarization_max_speakers",schemaPath:"#/properties/diarization_max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.diarization_min_speakers !== undefined){
let data1 = data.diarization_min_speakers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/diarization_min_speakers",schemaPath:"#/properties/diarization_min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.diarization_num_speakers !== undefined){
let data2 = data.diarization_num_speakers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/diarization_num_speakers",schemaPath:"#/properties/diarization_num_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err3 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_behaviour !== undefined){
if(typeof data.language_behaviour !== "string"){
const err4 = {instancePath:instancePath+"/language_behaviour",schemaPath:"#/properties/language_behaviour/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target_translation_language !== undefined){
if(typeof data.target_translation_language !== "string"){
const err5 = {instancePath:instancePath+"/target_translation_language",schemaPath:"#/properties/target_translation_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.toggle_diarization !== undefined){
if(typeof data.toggle_diarization !== "string"){
const err6 = {instancePath:instancePath+"/toggle_diarization",schemaPath:"#/properties/toggle_diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.toggle_direct_translate !== undefined){
if(typeof data.toggle_direct_translate !== "boolean"){
const err7 = {instancePath:instancePath+"/toggle_direct_translate",schemaPath:"#/properties/toggle_direct_translate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.toggle_noise_reduction !== undefined){
if(typeof data.toggle_noise_reduction !== "boolean"){
const err8 = {instancePath:instancePath+"/toggle_noise_reduction",schemaPath:"#/properties/toggle_noise_reduction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.transcription_hint !== undefined){
if(typeof data.transcription_hint !== "string"){
const err9 = {instancePath:instancePath+"/transcription_hint",schemaPath:"#/properties/transcription_hint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

const schema32 = {"properties":{"audio_enhancer":{"type":"boolean"},"endpointing":{"type":"number"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"model_type":{"type":"string"},"transcription_hint":{"type":"string"}},"type":"object"};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.audio_enhancer !== undefined){
if(typeof data.audio_enhancer !== "boolean"){
const err0 = {instancePath:instancePath+"/audio_enhancer",schemaPath:"#/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data1 = data.endpointing;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err2 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language_behaviour !== undefined){
if(typeof data.language_behaviour !== "string"){
const err3 = {instancePath:instancePath+"/language_behaviour",schemaPath:"#/properties/language_behaviour/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.model_type !== undefined){
if(typeof data.model_type !== "string"){
const err4 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.transcription_hint !== undefined){
if(typeof data.transcription_hint !== "string"){
const err5 = {instancePath:instancePath+"/transcription_hint",schemaPath:"#/properties/transcription_hint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}

const schema33 = {"properties":{"audio_to_llm":{"type":"boolean"},"audio_to_llm_config":{"$ref":"#/$defs/AudioToLlmConfig"},"chapterization":{"type":"boolean"},"code_switching_config":{"$ref":"#/$defs/CodeSwitchingConfig"},"context_prompt":{"type":"string"},"custom_spelling":{"type":"boolean"},"custom_vocabulary":{"type":"string"},"custom_vocabulary_config":{"$ref":"#/$defs/CustomVocabularyConfig"},"detect_language":{"type":"boolean"},"diarization":{"type":"boolean"},"diarization_config":{"$ref":"#/$defs/GladiaDiarizationConfig"},"display_mode":{"type":"boolean"},"enable_code_switching":{"type":"boolean"},"language":{"type":"string"},"moderation":{"type":"boolean"},"name_consistency":{"type":"boolean"},"named_entity_recognition":{"type":"boolean"},"punctuation_enhanced":{"type":"boolean"},"sentences":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"structured_data_extraction":{"type":"boolean"},"subtitles":{"type":"boolean"},"subtitles_config":{"$ref":"#/$defs/SubtitlesConfig"},"summarization":{"type":"boolean"},"summarization_config":{"$ref":"#/$defs/SummarizationConfig"},"translation":{"type":"boolean"},"translation_config":{"$ref":"#/$defs/TranslationConfig"}},"type":"object"};
const schema34 = {"properties":{"prompts":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prompts !== undefined){
let data0 = data.prompts;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/prompts/" + i0,schemaPath:"#/properties/prompts/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

const schema35 = {"properties":{"languages":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.languages !== undefined){
let data0 = data.languages;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/languages/" + i0,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const schema36 = {"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"$ref":"#/$defs/CustomVocabularyEntry"},"type":"array"}},"type":"object"};
const schema37 = {"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object"};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.intensity !== undefined){
let data0 = data.intensity;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/intensity",schemaPath:"#/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err1 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.pronunciations !== undefined){
let data2 = data.pronunciations;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err2 = {instancePath:instancePath+"/pronunciations/" + i0,schemaPath:"#/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/pronunciations",schemaPath:"#/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.default_intensity !== undefined){
let data0 = data.default_intensity;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/default_intensity",schemaPath:"#/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.vocabulary !== undefined){
let data1 = data.vocabulary;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate79(data1[i0], {instancePath:instancePath+"/vocabulary/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

const schema38 = {"properties":{"max_speakers":{"type":"integer"},"min_speakers":{"type":"integer"},"number_of_speakers":{"type":"integer"}},"type":"object"};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_speakers !== undefined){
let data0 = data.max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/max_speakers",schemaPath:"#/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.min_speakers !== undefined){
let data1 = data.min_speakers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/min_speakers",schemaPath:"#/properties/min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.number_of_speakers !== undefined){
let data2 = data.number_of_speakers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/number_of_speakers",schemaPath:"#/properties/number_of_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}

const schema39 = {"properties":{"formats":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.formats !== undefined){
let data0 = data.formats;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/formats/" + i0,schemaPath:"#/properties/formats/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

const schema40 = {"properties":{"type":{"type":"string"}},"type":"object"};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err0 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema41 = {"properties":{"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err0 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.target_languages !== undefined){
let data1 = data.target_languages;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/target_languages/" + i0,schemaPath:"#/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/target_languages",schemaPath:"#/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.audio_to_llm !== undefined){
if(typeof data.audio_to_llm !== "boolean"){
const err0 = {instancePath:instancePath+"/audio_to_llm",schemaPath:"#/properties/audio_to_llm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_to_llm_config !== undefined){
if(!(validate74(data.audio_to_llm_config, {instancePath:instancePath+"/audio_to_llm_config",parentData:data,parentDataProperty:"audio_to_llm_config",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.chapterization !== undefined){
if(typeof data.chapterization !== "boolean"){
const err1 = {instancePath:instancePath+"/chapterization",schemaPath:"#/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.code_switching_config !== undefined){
if(!(validate76(data.code_switching_config, {instancePath:instancePath+"/code_switching_config",parentData:data,parentDataProperty:"code_switching_config",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.context_prompt !== undefined){
if(typeof data.context_prompt !== "string"){
const err2 = {instancePath:instancePath+"/context_prompt",schemaPath:"#/properties/context_prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
if(typeof data.custom_spelling !== "boolean"){
const err3 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "string"){
const err4 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
if(!(validate78(data.custom_vocabulary_config, {instancePath:instancePath+"/custom_vocabulary_config",parentData:data,parentDataProperty:"custom_vocabulary_config",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err5 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "boolean"){
const err6 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.diarization_config !== undefined){
if(!(validate82(data.diarization_config, {instancePath:instancePath+"/diarization_config",parentData:data,parentDataProperty:"diarization_config",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
if(data.display_mode !== undefined){
if(typeof data.display_mode !== "boolean"){
const err7 = {instancePath:instancePath+"/display_mode",schemaPath:"#/properties/display_mode/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.enable_code_switching !== undefined){
if(typeof data.enable_code_switching !== "boolean"){
const err8 = {instancePath:instancePath+"/enable_code_switching",schemaPath:"#/properties/enable_code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err9 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.moderation !== undefined){
if(typeof data.moderation !== "boolean"){
const err10 = {instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name_consistency !== undefined){
if(typeof data.name_consistency !== "boolean"){
const err11 = {instancePath:instancePath+"/name_consistency",schemaPath:"#/properties/name_consistency/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.named_entity_recognition !== undefined){
if(typeof data.named_entity_recognition !== "boolean"){
const err12 = {instancePath:instancePath+"/named_entity_recognition",schemaPath:"#/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.punctuation_enhanced !== undefined){
if(typeof data.punctuation_enhanced !== "boolean"){
const err13 = {instancePath:instancePath+"/punctuation_enhanced",schemaPath:"#/properties/punctuation_enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sentences !== undefined){
if(typeof data.sentences !== "boolean"){
const err14 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err15 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.structured_data_extraction !== undefined){
if(typeof data.structured_data_extraction !== "boolean"){
const err16 = {instancePath:instancePath+"/structured_data_extraction",schemaPath:"#/properties/structured_data_extraction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.subtitles !== undefined){
if(typeof data.subtitles !== "boolean"){
const err17 = {instancePath:instancePath+"/subtitles",schemaPath:"#/properties/subtitles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.subtitles_config !== undefined){
if(!(validate84(data.subtitles_config, {instancePath:instancePath+"/subtitles_config",parentData:data,parentDataProperty:"subtitles_config",rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err18 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.summarization_config !== undefined){
if(!(validate86(data.summarization_config, {instancePath:instancePath+"/summarization_config",parentData:data,parentDataProperty:"summarization_config",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
if(data.translation !== undefined){
if(typeof data.translation !== "boolean"){
const err19 = {instancePath:instancePath+"/translation",schemaPath:"#/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.translation_config !== undefined){
if(!(validate88(data.translation_config, {instancePath:instancePath+"/translation_config",parentData:data,parentDataProperty:"translation_config",rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}

const schema42 = {"properties":{"audio_enhancer":{"type":"boolean"},"code_switching":{"type":"boolean"},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"$ref":"#/$defs/CustomVocabularyConfig"},"endpointing":{"type":"number"},"languages":{"items":{"type":"string"},"type":"array"},"maximum_duration_without_endpointing":{"type":"number"},"model":{"type":"string"},"region":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speech_threshold":{"type":"number"}},"type":"object"};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.audio_enhancer !== undefined){
if(typeof data.audio_enhancer !== "boolean"){
const err0 = {instancePath:instancePath+"/audio_enhancer",schemaPath:"#/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.code_switching !== undefined){
if(typeof data.code_switching !== "boolean"){
const err1 = {instancePath:instancePath+"/code_switching",schemaPath:"#/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "boolean"){
const err2 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
if(!(validate78(data.custom_vocabulary_config, {instancePath:instancePath+"/custom_vocabulary_config",parentData:data,parentDataProperty:"custom_vocabulary_config",rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.endpointing !== undefined){
let data4 = data.endpointing;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err3 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.languages !== undefined){
let data5 = data.languages;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err4 = {instancePath:instancePath+"/languages/" + i0,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maximum_duration_without_endpointing !== undefined){
let data7 = data.maximum_duration_without_endpointing;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err6 = {instancePath:instancePath+"/maximum_duration_without_endpointing",schemaPath:"#/properties/maximum_duration_without_endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err8 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err9 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data11 = data.speech_threshold;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err10 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}

const schema43 = {"additionalProperties":true,"type":"object"};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}

const schema44 = {"properties":{"custom_vocabularies":{"items":{"type":"string"},"type":"array"},"custom_vocabulary_id":{"type":"string"},"detect_language":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"remove_atmospherics":{"type":"boolean"},"remove_disfluencies":{"type":"boolean"},"skip_diarization":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"skip_punctuation":{"type":"boolean"}},"type":"object"};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.custom_vocabularies !== undefined){
let data0 = data.custom_vocabularies;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/custom_vocabularies/" + i0,schemaPath:"#/properties/custom_vocabularies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/custom_vocabularies",schemaPath:"#/properties/custom_vocabularies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err2 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err3 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err4 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.remove_atmospherics !== undefined){
if(typeof data.remove_atmospherics !== "boolean"){
const err6 = {instancePath:instancePath+"/remove_atmospherics",schemaPath:"#/properties/remove_atmospherics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err7 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.skip_diarization !== undefined){
if(typeof data.skip_diarization !== "boolean"){
const err8 = {instancePath:instancePath+"/skip_diarization",schemaPath:"#/properties/skip_diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err9 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.skip_punctuation !== undefined){
if(typeof data.skip_punctuation !== "boolean"){
const err10 = {instancePath:instancePath+"/skip_punctuation",schemaPath:"#/properties/skip_punctuation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}

const schema45 = {"properties":{"custom_vocabulary_id":{"type":"string"},"delete_after_seconds":{"type":"integer"},"detailed_partials":{"type":"boolean"},"enable_speaker_switch":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"max_segment_duration_seconds":{"type":"integer"},"metadata":{"type":"string"},"priority":{"type":"string"},"remove_disfluencies":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"start_ts":{"type":"number"},"transcriber":{"type":"string"}},"type":"object"};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err0 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.delete_after_seconds !== undefined){
let data1 = data.delete_after_seconds;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/delete_after_seconds",schemaPath:"#/properties/delete_after_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.detailed_partials !== undefined){
if(typeof data.detailed_partials !== "boolean"){
const err2 = {instancePath:instancePath+"/detailed_partials",schemaPath:"#/properties/detailed_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enable_speaker_switch !== undefined){
if(typeof data.enable_speaker_switch !== "boolean"){
const err3 = {instancePath:instancePath+"/enable_speaker_switch",schemaPath:"#/properties/enable_speaker_switch/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err4 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_segment_duration_seconds !== undefined){
let data6 = data.max_segment_duration_seconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err6 = {instancePath:instancePath+"/max_segment_duration_seconds",schemaPath:"#/properties/max_segment_duration_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
if(typeof data.metadata !== "string"){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.priority !== undefined){
if(typeof data.priority !== "string"){
const err8 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err9 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err10 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.start_ts !== undefined){
let data11 = data.start_ts;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err11 = {instancePath:instancePath+"/start_ts",schemaPath:"#/properties/start_ts/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.transcriber !== undefined){
if(typeof data.transcriber !== "string"){
const err12 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}

const schema46 = {"properties":{"additional_vocab":{"items":{"$ref":"#/$defs/AdditionalVocab"},"type":"array"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"language_identification_config":{"$ref":"#/$defs/LanguageIdentificationConfig"},"operating_point":{"type":"string"},"output_locale":{"type":"string"}},"type":"object"};
const schema47 = {"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.content !== undefined){
if(typeof data.content !== "string"){
const err0 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.sounds_like !== undefined){
let data1 = data.sounds_like;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/sounds_like/" + i0,schemaPath:"#/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/sounds_like",schemaPath:"#/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}

const schema48 = {"properties":{"default_language":{"type":"string"},"expected_languages":{"items":{"type":"string"},"type":"array"},"low_confidence_action":{"type":"string"}},"type":"object"};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.default_language !== undefined){
if(typeof data.default_language !== "string"){
const err0 = {instancePath:instancePath+"/default_language",schemaPath:"#/properties/default_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.expected_languages !== undefined){
let data1 = data.expected_languages;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/expected_languages/" + i0,schemaPath:"#/properties/expected_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/expected_languages",schemaPath:"#/properties/expected_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.low_confidence_action !== undefined){
if(typeof data.low_confidence_action !== "string"){
const err3 = {instancePath:instancePath+"/low_confidence_action",schemaPath:"#/properties/low_confidence_action/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}


function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate101(data0[i0], {instancePath:instancePath+"/additional_vocab/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err1 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err2 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err3 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_identification_config !== undefined){
if(!(validate103(data.language_identification_config, {instancePath:instancePath+"/language_identification_config",parentData:data,parentDataProperty:"language_identification_config",rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err4 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err5 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}

const schema49 = {"properties":{"additional_vocab":{"items":{"$ref":"#/$defs/AdditionalVocab"},"type":"array"},"diarization":{"type":"string"},"enable_entities":{"type":"boolean"},"enable_partials":{"type":"boolean"},"language":{"type":"string"},"max_delay":{"type":"number"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"$ref":"#/$defs/PunctuationOverrides"},"speaker_diarization_config":{"$ref":"#/$defs/SpeakerDiarizationConfig"}},"type":"object"};
const schema50 = {"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object"};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.permitted_marks !== undefined){
let data0 = data.permitted_marks;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/permitted_marks/" + i0,schemaPath:"#/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/permitted_marks",schemaPath:"#/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sensitivity !== undefined){
let data2 = data.sensitivity;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/sensitivity",schemaPath:"#/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}

const schema51 = {"properties":{"max_speakers":{"type":"integer"}},"type":"object"};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_speakers !== undefined){
let data0 = data.max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/max_speakers",schemaPath:"#/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate101(data0[i0], {instancePath:instancePath+"/additional_vocab/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "string"){
const err1 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err2 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enable_partials !== undefined){
if(typeof data.enable_partials !== "boolean"){
const err3 = {instancePath:instancePath+"/enable_partials",schemaPath:"#/properties/enable_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err4 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.max_delay !== undefined){
let data6 = data.max_delay;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err5 = {instancePath:instancePath+"/max_delay",schemaPath:"#/properties/max_delay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_delay_mode !== undefined){
if(typeof data.max_delay_mode !== "string"){
const err6 = {instancePath:instancePath+"/max_delay_mode",schemaPath:"#/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err7 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err8 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.punctuation_overrides !== undefined){
if(!(validate108(data.punctuation_overrides, {instancePath:instancePath+"/punctuation_overrides",parentData:data,parentDataProperty:"punctuation_overrides",rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.speaker_diarization_config !== undefined){
if(!(validate110(data.speaker_diarization_config, {instancePath:instancePath+"/speaker_diarization_config",parentData:data,parentDataProperty:"speaker_diarization_config",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema23.properties, key0))){
let data0 = data[key0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data.assembly_ai_async !== undefined){
if(!(validate54(data.assembly_ai_async, {instancePath:instancePath+"/assembly_ai_async",parentData:data,parentDataProperty:"assembly_ai_async",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_async_chunked !== undefined){
if(!(validate58(data.assembly_ai_async_chunked, {instancePath:instancePath+"/assembly_ai_async_chunked",parentData:data,parentDataProperty:"assembly_ai_async_chunked",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_streaming !== undefined){
if(!(validate61(data.assembly_ai_streaming, {instancePath:instancePath+"/assembly_ai_streaming",parentData:data,parentDataProperty:"assembly_ai_streaming",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.aws_transcribe_streaming !== undefined){
if(!(validate63(data.aws_transcribe_streaming, {instancePath:instancePath+"/aws_transcribe_streaming",parentData:data,parentDataProperty:"aws_transcribe_streaming",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.deepgram_async !== undefined){
if(!(validate65(data.deepgram_async, {instancePath:instancePath+"/deepgram_async",parentData:data,parentDataProperty:"deepgram_async",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.deepgram_streaming !== undefined){
if(!(validate67(data.deepgram_streaming, {instancePath:instancePath+"/deepgram_streaming",parentData:data,parentDataProperty:"deepgram_streaming",rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_async !== undefined){
if(!(validate69(data.gladia_v1_async, {instancePath:instancePath+"/gladia_v1_async",parentData:data,parentDataProperty:"gladia_v1_async",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_streaming !== undefined){
if(!(validate71(data.gladia_v1_streaming, {instancePath:instancePath+"/gladia_v1_streaming",parentData:data,parentDataProperty:"gladia_v1_streaming",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_async !== undefined){
if(!(validate73(data.gladia_v2_async, {instancePath:instancePath+"/gladia_v2_async",parentData:data,parentDataProperty:"gladia_v2_async",rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_streaming !== undefined){
if(!(validate91(data.gladia_v2_streaming, {instancePath:instancePath+"/gladia_v2_streaming",parentData:data,parentDataProperty:"gladia_v2_streaming",rootData}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
if(data.meeting_captions !== undefined){
if(!(validate94(data.meeting_captions, {instancePath:instancePath+"/meeting_captions",parentData:data,parentDataProperty:"meeting_captions",rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.rev_async !== undefined){
if(!(validate96(data.rev_async, {instancePath:instancePath+"/rev_async",parentData:data,parentDataProperty:"rev_async",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
if(data.rev_streaming !== undefined){
if(!(validate98(data.rev_streaming, {instancePath:instancePath+"/rev_streaming",parentData:data,parentDataProperty:"rev_streaming",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_async !== undefined){
if(!(validate100(data.speechmatics_async, {instancePath:instancePath+"/speechmatics_async",parentData:data,parentDataProperty:"speechmatics_async",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_streaming !== undefined){
if(!(validate106(data.speechmatics_streaming, {instancePath:instancePath+"/speechmatics_streaming",parentData:data,parentDataProperty:"speechmatics_streaming",rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
if(!(validate49(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.diarization !== undefined){
if(!(validate51(data.diarization, {instancePath:instancePath+"/diarization",parentData:data,parentDataProperty:"diarization",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.provider !== undefined){
if(!(validate53(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema52 = {"allOf":[{"$ref":"#/$defs/MediaObject"},{"properties":{"data":{"$ref":"#/$defs/VideoMixedData"},"expires_at":{"format":"date-time","type":["string","null"]},"format":{"enum":["mp4"],"type":"string"},"recording_id":{"format":"uuid","type":"string"}},"required":["data","format"],"type":"object"}]};
const schema53 = {"properties":{"download_url":{"type":"string"}},"required":["download_url"],"type":"object"};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.download_url !== undefined){
if(typeof data.download_url !== "string"){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}


function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.format === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data !== undefined){
if(!(validate117(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
if(data.expires_at !== undefined){
let data1 = data.expires_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/expires_at",schemaPath:"#/allOf/1/properties/expires_at/type",keyword:"type",params:{type: schema52.allOf[1].properties.expires_at.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err3 = {instancePath:instancePath+"/expires_at",schemaPath:"#/allOf/1/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.format !== undefined){
let data2 = data.format;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data2 === "mp4")){
const err5 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/enum",keyword:"enum",params:{allowedValues: schema52.allOf[1].properties.format.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.recording_id !== undefined){
let data3 = data.recording_id;
if(typeof data3 === "string"){
if(!(formats4.test(data3))){
const err6 = {instancePath:instancePath+"/recording_id",schemaPath:"#/allOf/1/properties/recording_id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/recording_id",schemaPath:"#/allOf/1/properties/recording_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.video_mixed === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "video_mixed"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.transcript === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transcript"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.participant_events === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_events"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.meeting_metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meeting_metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.meeting_metadata !== undefined){
let data0 = data.meeting_metadata;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate31(data0, {instancePath:instancePath+"/meeting_metadata",parentData:data,parentDataProperty:"meeting_metadata",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data0 !== null){
const err4 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err5 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.participant_events !== undefined){
let data1 = data.participant_events;
const _errs7 = errors;
let valid2 = false;
let passing1 = null;
const _errs8 = errors;
if(!(validate42(data1, {instancePath:instancePath+"/participant_events",parentData:data,parentDataProperty:"participant_events",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var _valid1 = _errs8 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs9 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs9 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.transcript !== undefined){
let data2 = data.transcript;
const _errs12 = errors;
let valid3 = false;
let passing2 = null;
const _errs13 = errors;
if(!(validate47(data2, {instancePath:instancePath+"/transcript",parentData:data,parentDataProperty:"transcript",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var _valid2 = _errs13 === errors;
if(_valid2){
valid3 = true;
passing2 = 0;
}
const _errs14 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs14 === errors;
if(_valid2 && valid3){
valid3 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid3 = true;
passing2 = 1;
}
}
if(!valid3){
const err9 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.video_mixed !== undefined){
let data3 = data.video_mixed;
const _errs17 = errors;
let valid4 = false;
let passing3 = null;
const _errs18 = errors;
if(!(validate115(data3, {instancePath:instancePath+"/video_mixed",parentData:data,parentDataProperty:"video_mixed",rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
var _valid3 = _errs18 === errors;
if(_valid3){
valid4 = true;
passing3 = 0;
}
const _errs19 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs19 === errors;
if(_valid3 && valid4){
valid4 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid4 = true;
passing3 = 1;
}
}
if(!valid4){
const err11 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema54 = {"properties":{"code":{"$ref":"#/$defs/RecordingStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object"};
const schema55 = {"enum":["processing","paused","done","failed","deleted"],"type":"string"};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "processing") || (data === "paused")) || (data === "done")) || (data === "failed")) || (data === "deleted"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema55.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate124.errors = vErrors;
return errors === 0;
}


function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sub_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.code !== undefined){
if(!(validate124(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema54.properties.sub_code.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data2 = data.updated_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err4 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate25(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data0 !== null){
const err10 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err12 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema9.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs11 = errors;
let valid2 = false;
let passing1 = null;
const _errs12 = errors;
if(!(validate25(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs13 = errors;
if(data3 !== null){
const err16 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema9.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate30(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate26(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema9.properties.started_at.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.previous === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.results === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err3 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema8.properties.next.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema8.properties.previous.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_list" */;
let vErrors = null;
let errors = 0;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate21.errors = vErrors;
return errors === 0;
}

export const recording_list_closed = validate129;
const schema56 = {"$id":"recording_list.closed","$ref":"closed#/$defs/PaginatedRecordingList"};
const schema58 = {"properties":{"next":{"format":"uri","type":["string","null"]},"previous":{"format":"uri","type":["string","null"]},"results":{"items":{"$ref":"#/$defs/Recording"},"type":"array"}},"required":["next","previous","results"],"type":"object","additionalProperties":false};
const schema59 = {"properties":{"bot":{"oneOf":[{"$ref":"#/$defs/ObjectReference"},{"type":"null"}]},"completed_at":{"format":"date-time","type":["string","null"]},"created_at":{"format":"date-time","type":"string"},"desktop_sdk_upload":{"oneOf":[{"$ref":"#/$defs/ObjectReference"},{"type":"null"}]},"expires_at":{"format":"date-time","type":["string","null"]},"id":{"format":"uuid","type":"string"},"media_shortcuts":{"$ref":"#/$defs/MediaShortcuts"},"metadata":{"$ref":"#/$defs/Metadata"},"realtime_endpoints":{"items":{"$ref":"#/$defs/ObjectReference"},"type":"array"},"started_at":{"format":"date-time","type":["string","null"]},"status":{"$ref":"#/$defs/RecordingStatus"}},"required":["id","created_at","started_at","completed_at","status","media_shortcuts","realtime_endpoints","bot","desktop_sdk_upload","expires_at"],"type":"object","additionalProperties":false};
const schema60 = {"properties":{"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"}},"required":["id","metadata"],"type":"object","additionalProperties":false};
const schema61 = {"additionalProperties":{"type":"string"},"type":"object"};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(typeof data[key0] !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}


function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "metadata"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!(formats4.test(data0))){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}

const schema62 = {"properties":{"meeting_metadata":{"oneOf":[{"$ref":"#/$defs/MeetingMetadata"},{"type":"null"}]},"participant_events":{"oneOf":[{"$ref":"#/$defs/ParticipantEvents"},{"type":"null"}]},"transcript":{"oneOf":[{"$ref":"#/$defs/Transcript"},{"type":"null"}]},"video_mixed":{"oneOf":[{"$ref":"#/$defs/VideoMixed"},{"type":"null"}]}},"required":["video_mixed","transcript","participant_events","meeting_metadata"],"type":"object","additionalProperties":false};
const schema63 = {"type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"status":{"$ref":"#/$defs/MediaStatus"},"data":{"$ref":"#/$defs/MeetingMetadataData"}},"required":["id","created_at","status","metadata","data"],"additionalProperties":false};
const schema64 = {"properties":{"code":{"$ref":"#/$defs/MediaStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object","additionalProperties":false};
const schema65 = {"enum":["processing","done","failed","deleted"],"type":"string"};

function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "processing") || (data === "done")) || (data === "failed")) || (data === "deleted"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema65.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate142.errors = vErrors;
return errors === 0;
}


function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sub_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "code") || (key0 === "sub_code")) || (key0 === "updated_at"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.code !== undefined){
if(!(validate142(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema64.properties.sub_code.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data2 = data.updated_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err5 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}

const schema66 = {"properties":{"channel_id":{"type":"string"},"huddle_id":{"type":"string"},"title":{"type":"string"},"zoom":{"properties":{"meeting_uuid":{"type":"string"}},"type":"object","additionalProperties":false},"zoom_meeting_uuid":{"type":"string"}},"type":"object","additionalProperties":false};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "channel_id") || (key0 === "huddle_id")) || (key0 === "title")) || (key0 === "zoom")) || (key0 === "zoom_meeting_uuid"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.channel_id !== undefined){
if(typeof data.channel_id !== "string"){
const err1 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.huddle_id !== undefined){
if(typeof data.huddle_id !== "string"){
const err2 = {instancePath:instancePath+"/huddle_id",schemaPath:"#/properties/huddle_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.zoom !== undefined){
let data3 = data.zoom;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(key1 === "meeting_uuid")){
const err4 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.meeting_uuid !== undefined){
if(typeof data3.meeting_uuid !== "string"){
const err5 = {instancePath:instancePath+"/zoom/meeting_uuid",schemaPath:"#/properties/zoom/properties/meeting_uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.zoom_meeting_uuid !== undefined){
if(typeof data.zoom_meeting_uuid !== "string"){
const err7 = {instancePath:instancePath+"/zoom_meeting_uuid",schemaPath:"#/properties/zoom_meeting_uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}


function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
const err6 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats4.test(data1))){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate141(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate145(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}

const schema67 = {"type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"status":{"$ref":"#/$defs/MediaStatus"},"data":{"$ref":"#/$defs/ParticipantEventsData"}},"required":["id","created_at","status","metadata","data"],"additionalProperties":false};
const schema68 = {"properties":{"participant_events_download_url":{"type":"string"},"participants_download_url":{"type":"string"},"speaker_timeline_download_url":{"type":"string"}},"type":"object","additionalProperties":false};

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "participant_events_download_url") || (key0 === "participants_download_url")) || (key0 === "speaker_timeline_download_url"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.participant_events_download_url !== undefined){
if(typeof data.participant_events_download_url !== "string"){
const err1 = {instancePath:instancePath+"/participant_events_download_url",schemaPath:"#/properties/participant_events_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.participants_download_url !== undefined){
if(typeof data.participants_download_url !== "string"){
const err2 = {instancePath:instancePath+"/participants_download_url",schemaPath:"#/properties/participants_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.speaker_timeline_download_url !== undefined){
if(typeof data.speaker_timeline_download_url !== "string"){
const err3 = {instancePath:instancePath+"/speaker_timeline_download_url",schemaPath:"#/properties/speaker_timeline_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}


function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
const err6 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats4.test(data1))){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate141(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate151(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate148.errors = vErrors;
return errors === 0;
}

const schema69 = {"type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"status":{"$ref":"#/$defs/MediaStatus"},"data":{"$ref":"#/$defs/TranscriptData"},"diarization":{"$ref":"#/$defs/TranscriptDiarization"},"provider":{"$ref":"#/$defs/TranscriptProvider"}},"required":["id","created_at","status","metadata","data"],"additionalProperties":false};
const schema70 = {"properties":{"download_url":{"type":"string"},"provider_data_download_url":{"type":"string"}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "download_url") || (key0 === "provider_data_download_url"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.download_url !== undefined){
if(typeof data.download_url !== "string"){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.provider_data_download_url !== undefined){
if(typeof data.provider_data_download_url !== "string"){
const err3 = {instancePath:instancePath+"/provider_data_download_url",schemaPath:"#/properties/provider_data_download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}

const schema71 = {"properties":{"use_separate_streams_when_available":{"type":"boolean"}},"type":"object","additionalProperties":false};

function validate159(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "use_separate_streams_when_available")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.use_separate_streams_when_available !== undefined){
if(typeof data.use_separate_streams_when_available !== "boolean"){
const err1 = {instancePath:instancePath+"/use_separate_streams_when_available",schemaPath:"#/properties/use_separate_streams_when_available/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate159.errors = vErrors;
return errors === 0;
}

const schema72 = {"additionalProperties":{"additionalProperties":true,"type":"object"},"properties":{"assembly_ai_async":{"$ref":"#/$defs/AssemblyAiAsyncConfig"},"assembly_ai_async_chunked":{"$ref":"#/$defs/AssemblyAiAsyncChunkedConfig"},"assembly_ai_streaming":{"$ref":"#/$defs/AssemblyAiStreamingConfig"},"aws_transcribe_streaming":{"$ref":"#/$defs/AwsTranscribeStreamingConfig"},"deepgram_async":{"$ref":"#/$defs/DeepgramAsyncConfig"},"deepgram_streaming":{"$ref":"#/$defs/DeepgramStreamingConfig"},"gladia_v1_async":{"$ref":"#/$defs/GladiaV1AsyncConfig"},"gladia_v1_streaming":{"$ref":"#/$defs/GladiaV1StreamingConfig"},"gladia_v2_async":{"$ref":"#/$defs/GladiaV2AsyncConfig"},"gladia_v2_streaming":{"$ref":"#/$defs/GladiaV2StreamingConfig"},"meeting_captions":{"$ref":"#/$defs/MeetingCaptionsConfig"},"rev_async":{"$ref":"#/$defs/RevAsyncConfig"},"rev_streaming":{"$ref":"#/$defs/RevStreamingConfig"},"speechmatics_async":{"$ref":"#/$defs/SpeechmaticsAsyncConfig"},"speechmatics_streaming":{"$ref":"#/$defs/SpeechmaticsStreamingConfig"}},"type":"object"};
const schema73 = {"properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"$ref":"#/$defs/AssemblyAiCustomSpelling"},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"language_code":{"type":"string"},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":"integer"},"speech_model":{"type":"string"},"speech_threshold":{"type":"number"},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};
const schema74 = {"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object","additionalProperties":false};

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "from") || (key0 === "to"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/from/" + i0,schemaPath:"#/properties/from/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.to !== undefined){
if(typeof data.to !== "string"){
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate163.errors = vErrors;
return errors === 0;
}


function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema73.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_end_at !== undefined){
let data0 = data.audio_end_at;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/audio_end_at",schemaPath:"#/properties/audio_end_at/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.audio_start_from !== undefined){
let data1 = data.audio_start_from;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/audio_start_from",schemaPath:"#/properties/audio_start_from/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.auto_chapters !== undefined){
if(typeof data.auto_chapters !== "boolean"){
const err3 = {instancePath:instancePath+"/auto_chapters",schemaPath:"#/properties/auto_chapters/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.auto_highlights !== undefined){
if(typeof data.auto_highlights !== "boolean"){
const err4 = {instancePath:instancePath+"/auto_highlights",schemaPath:"#/properties/auto_highlights/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.boost_param !== undefined){
if(typeof data.boost_param !== "string"){
const err5 = {instancePath:instancePath+"/boost_param",schemaPath:"#/properties/boost_param/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err6 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data6 = data.content_safety_confidence;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data7 = data.custom_spelling;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate163(data7[i0], {instancePath:instancePath+"/custom_spelling/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err9 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err10 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err11 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err12 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err13 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err14 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err15 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data16 = data.keyterms_prompt;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(typeof data16[i1] !== "string"){
const err16 = {instancePath:instancePath+"/keyterms_prompt/" + i1,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err18 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err19 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.language_confidence_threshold !== undefined){
let data20 = data.language_confidence_threshold;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err20 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err21 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err22 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err23 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err24 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err25 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data26 = data.redact_pii_policies;
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
if(typeof data26[i2] !== "string"){
const err26 = {instancePath:instancePath+"/redact_pii_policies/" + i2,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
if(typeof data.redact_pii_sub !== "string"){
const err28 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err29 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err30 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data31 = data.speakers_expected;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err31 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.speech_model !== undefined){
if(typeof data.speech_model !== "string"){
const err32 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data33 = data.speech_threshold;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err33 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err34 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err35 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err36 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.topics !== undefined){
let data37 = data.topics;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
if(typeof data37[i3] !== "string"){
const err37 = {instancePath:instancePath+"/topics/" + i3,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data39 = data.word_boost;
if(Array.isArray(data39)){
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
if(typeof data39[i4] !== "string"){
const err39 = {instancePath:instancePath+"/word_boost/" + i4,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate162.errors = vErrors;
return errors === 0;
}

const schema75 = {"properties":{"boost_param":{"type":"string"},"chunk_maximum":{"type":"integer"},"chunk_minimum":{"type":"integer"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"$ref":"#/$defs/AssemblyAiCustomSpelling"},"type":"array"},"disfluencies":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"type":"string"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":"integer"},"speech_model":{"type":"string"},"speech_threshold":{"type":"number"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema75.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.boost_param !== undefined){
if(typeof data.boost_param !== "string"){
const err1 = {instancePath:instancePath+"/boost_param",schemaPath:"#/properties/boost_param/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.chunk_maximum !== undefined){
let data1 = data.chunk_maximum;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/chunk_maximum",schemaPath:"#/properties/chunk_maximum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.chunk_minimum !== undefined){
let data2 = data.chunk_minimum;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/chunk_minimum",schemaPath:"#/properties/chunk_minimum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err4 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data4 = data.content_safety_confidence;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data5 = data.custom_spelling;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate163(data5[i0], {instancePath:instancePath+"/custom_spelling/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err7 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err8 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err9 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data10 = data.keyterms_prompt;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err10 = {instancePath:instancePath+"/keyterms_prompt/" + i1,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err12 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.language_confidence_threshold !== undefined){
let data13 = data.language_confidence_threshold;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err13 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err14 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err15 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err16 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data17 = data.redact_pii_policies;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
if(typeof data17[i2] !== "string"){
const err17 = {instancePath:instancePath+"/redact_pii_policies/" + i2,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
if(typeof data.redact_pii_sub !== "string"){
const err19 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err20 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data21 = data.speakers_expected;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err21 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.speech_model !== undefined){
if(typeof data.speech_model !== "string"){
const err22 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data23 = data.speech_threshold;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err23 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data24 = data.word_boost;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(typeof data24[i3] !== "string"){
const err24 = {instancePath:instancePath+"/word_boost/" + i3,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate166.errors = vErrors;
return errors === 0;
}

const schema76 = {"properties":{"disable_partial_transcripts":{"type":"boolean"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "disable_partial_transcripts") || (key0 === "word_boost"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.disable_partial_transcripts !== undefined){
if(typeof data.disable_partial_transcripts !== "boolean"){
const err1 = {instancePath:instancePath+"/disable_partial_transcripts",schemaPath:"#/properties/disable_partial_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data1 = data.word_boost;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/word_boost/" + i0,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate169.errors = vErrors;
return errors === 0;
}

const schema77 = {"properties":{"content_redaction_type":{"type":"string"},"identify_multiple_languages":{"type":"boolean"},"language_code":{"type":"string"},"language_identification":{"type":"boolean"},"language_model_name":{"type":"string"},"language_options":{"type":"string"},"partial_results_stability":{"type":"string"},"pii_entity_types":{"type":"string"},"preferred_language":{"type":"string"},"show_speaker_label":{"type":"boolean"},"vocabulary_filter_method":{"type":"string"},"vocabulary_filter_names":{"type":"string"},"vocabulary_name":{"type":"string"},"vocabulary_names":{"type":"string"}},"type":"object","additionalProperties":false};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema77.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.content_redaction_type !== undefined){
if(typeof data.content_redaction_type !== "string"){
const err1 = {instancePath:instancePath+"/content_redaction_type",schemaPath:"#/properties/content_redaction_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.identify_multiple_languages !== undefined){
if(typeof data.identify_multiple_languages !== "boolean"){
const err2 = {instancePath:instancePath+"/identify_multiple_languages",schemaPath:"#/properties/identify_multiple_languages/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err3 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_identification !== undefined){
if(typeof data.language_identification !== "boolean"){
const err4 = {instancePath:instancePath+"/language_identification",schemaPath:"#/properties/language_identification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language_model_name !== undefined){
if(typeof data.language_model_name !== "string"){
const err5 = {instancePath:instancePath+"/language_model_name",schemaPath:"#/properties/language_model_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.language_options !== undefined){
if(typeof data.language_options !== "string"){
const err6 = {instancePath:instancePath+"/language_options",schemaPath:"#/properties/language_options/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.partial_results_stability !== undefined){
if(typeof data.partial_results_stability !== "string"){
const err7 = {instancePath:instancePath+"/partial_results_stability",schemaPath:"#/properties/partial_results_stability/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pii_entity_types !== undefined){
if(typeof data.pii_entity_types !== "string"){
const err8 = {instancePath:instancePath+"/pii_entity_types",schemaPath:"#/properties/pii_entity_types/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.preferred_language !== undefined){
if(typeof data.preferred_language !== "string"){
const err9 = {instancePath:instancePath+"/preferred_language",schemaPath:"#/properties/preferred_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.show_speaker_label !== undefined){
if(typeof data.show_speaker_label !== "boolean"){
const err10 = {instancePath:instancePath+"/show_speaker_label",schemaPath:"#/properties/show_speaker_label/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vocabulary_filter_method !== undefined){
if(typeof data.vocabulary_filter_method !== "string"){
const err11 = {instancePath:instancePath+"/vocabulary_filter_method",schemaPath:"#/properties/vocabulary_filter_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.vocabulary_filter_names !== undefined){
if(typeof data.vocabulary_filter_names !== "string"){
const err12 = {instancePath:instancePath+"/vocabulary_filter_names",schemaPath:"#/properties/vocabulary_filter_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.vocabulary_name !== undefined){
if(typeof data.vocabulary_name !== "string"){
const err13 = {instancePath:instancePath+"/vocabulary_name",schemaPath:"#/properties/vocabulary_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vocabulary_names !== undefined){
if(typeof data.vocabulary_names !== "string"){
const err14 = {instancePath:instancePath+"/vocabulary_names",schemaPath:"#/properties/vocabulary_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate171.errors = vErrors;
return errors === 0;
}

const schema78 = {"properties":{"credential_id":{"type":"string"},"detect_language":{"type":"boolean"},"detect_topics":{"type":"boolean"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"filler_words":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"mip_opt_out":{"type":"boolean"},"model":{"type":"string"},"numerals":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"items":{"type":"string"},"type":"array"},"replace":{"items":{"type":"string"},"type":"array"},"search":{"items":{"type":"string"},"type":"array"},"smart_format":{"type":"boolean"},"summarize":{"type":"boolean"},"tag":{"type":"boolean"},"tier":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false};

function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema78.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.credential_id !== undefined){
if(typeof data.credential_id !== "string"){
const err1 = {instancePath:instancePath+"/credential_id",schemaPath:"#/properties/credential_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err2 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.detect_topics !== undefined){
if(typeof data.detect_topics !== "boolean"){
const err3 = {instancePath:instancePath+"/detect_topics",schemaPath:"#/properties/detect_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err4 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err5 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err6 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data6 = data.keyterm;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err7 = {instancePath:instancePath+"/keyterm/" + i0,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.keywords !== undefined){
let data8 = data.keywords;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
const err9 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err11 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err12 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err13 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err14 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err15 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err16 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.redact !== undefined){
let data16 = data.redact;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(typeof data16[i2] !== "string"){
const err17 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.replace !== undefined){
let data18 = data.replace;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(typeof data18[i3] !== "string"){
const err19 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.search !== undefined){
let data20 = data.search;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(typeof data20[i4] !== "string"){
const err21 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err23 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.summarize !== undefined){
if(typeof data.summarize !== "boolean"){
const err24 = {instancePath:instancePath+"/summarize",schemaPath:"#/properties/summarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tag !== undefined){
if(typeof data.tag !== "boolean"){
const err25 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err26 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err27 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate173.errors = vErrors;
return errors === 0;
}

const schema79 = {"properties":{"alternatives":{"type":"integer"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"endpointing":{"type":"integer"},"filler_words":{"type":"boolean"},"interim_results":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"log_data":{"type":"boolean"},"mip_opt_out":{"type":"boolean"},"model":{"type":"string"},"ner":{"type":"boolean"},"numerals":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"items":{"type":"string"},"type":"array"},"replace":{"items":{"type":"string"},"type":"array"},"search":{"items":{"type":"string"},"type":"array"},"smart_format":{"type":"boolean"},"tier":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false};

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema79.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.alternatives !== undefined){
let data0 = data.alternatives;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err2 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err3 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data3 = data.endpointing;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err5 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.interim_results !== undefined){
if(typeof data.interim_results !== "boolean"){
const err6 = {instancePath:instancePath+"/interim_results",schemaPath:"#/properties/interim_results/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data6 = data.keyterm;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err7 = {instancePath:instancePath+"/keyterm/" + i0,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.keywords !== undefined){
let data8 = data.keywords;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
const err9 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err11 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.log_data !== undefined){
if(typeof data.log_data !== "boolean"){
const err12 = {instancePath:instancePath+"/log_data",schemaPath:"#/properties/log_data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err13 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err14 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ner !== undefined){
if(typeof data.ner !== "boolean"){
const err15 = {instancePath:instancePath+"/ner",schemaPath:"#/properties/ner/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err16 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err17 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err18 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.redact !== undefined){
let data18 = data.redact;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
if(typeof data18[i2] !== "string"){
const err19 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.replace !== undefined){
let data20 = data.replace;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
if(typeof data20[i3] !== "string"){
const err21 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.search !== undefined){
let data22 = data.search;
if(Array.isArray(data22)){
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
if(typeof data22[i4] !== "string"){
const err23 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err25 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err26 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err27 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate175.errors = vErrors;
return errors === 0;
}

const schema80 = {"properties":{"diarization_max_speakers":{"type":"integer"},"diarization_min_speakers":{"type":"integer"},"diarization_num_speakers":{"type":"integer"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"target_translation_language":{"type":"string"},"toggle_diarization":{"type":"string"},"toggle_direct_translate":{"type":"boolean"},"toggle_noise_reduction":{"type":"boolean"},"transcription_hint":{"type":"string"}},"type":"object","additionalProperties":false};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema80.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.diarization_max_speakers !== undefined){
let data0 = data.diarization_max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/diarization_max_speakers",schemaPath:"#/properties/diarization_max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.diarization_min_speakers !== undefined){
let data1 = data.diarization_min_speakers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/diarization_min_speakers",schemaPath:"#/properties/diarization_min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.diarization_num_speakers !== undefined){
let data2 = data.diarization_num_speakers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/diarization_num_speakers",schemaPath:"#/properties/diarization_num_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err4 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language_behaviour !== undefined){
if(typeof data.language_behaviour !== "string"){
const err5 = {instancePath:instancePath+"/language_behaviour",schemaPath:"#/properties/language_behaviour/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.target_translation_language !== undefined){
if(typeof data.target_translation_language !== "string"){
const err6 = {instancePath:instancePath+"/target_translation_language",schemaPath:"#/properties/target_translation_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.toggle_diarization !== undefined){
if(typeof data.toggle_diarization !== "string"){
const err7 = {instancePath:instancePath+"/toggle_diarization",schemaPath:"#/properties/toggle_diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.toggle_direct_translate !== undefined){
if(typeof data.toggle_direct_translate !== "boolean"){
const err8 = {instancePath:instancePath+"/toggle_direct_translate",schemaPath:"#/properties/toggle_direct_translate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.toggle_noise_reduction !== undefined){
if(typeof data.toggle_noise_reduction !== "boolean"){
const err9 = {instancePath:instancePath+"/toggle_noise_reduction",schemaPath:"#/properties/toggle_noise_reduction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.transcription_hint !== undefined){
if(typeof data.transcription_hint !== "string"){
const err10 = {instancePath:instancePath+"/transcription_hint",schemaPath:"#/properties/transcription_hint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}

const schema81 = {"properties":{"audio_enhancer":{"type":"boolean"},"endpointing":{"type":"number"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"model_type":{"type":"string"},"transcription_hint":{"type":"string"}},"type":"object","additionalProperties":false};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "audio_enhancer") || (key0 === "endpointing")) || (key0 === "language")) || (key0 === "language_behaviour")) || (key0 === "model_type")) || (key0 === "transcription_hint"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_enhancer !== undefined){
if(typeof data.audio_enhancer !== "boolean"){
const err1 = {instancePath:instancePath+"/audio_enhancer",schemaPath:"#/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data1 = data.endpointing;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err3 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_behaviour !== undefined){
if(typeof data.language_behaviour !== "string"){
const err4 = {instancePath:instancePath+"/language_behaviour",schemaPath:"#/properties/language_behaviour/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.model_type !== undefined){
if(typeof data.model_type !== "string"){
const err5 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.transcription_hint !== undefined){
if(typeof data.transcription_hint !== "string"){
const err6 = {instancePath:instancePath+"/transcription_hint",schemaPath:"#/properties/transcription_hint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate179.errors = vErrors;
return errors === 0;
}

const schema82 = {"properties":{"audio_to_llm":{"type":"boolean"},"audio_to_llm_config":{"$ref":"#/$defs/AudioToLlmConfig"},"chapterization":{"type":"boolean"},"code_switching_config":{"$ref":"#/$defs/CodeSwitchingConfig"},"context_prompt":{"type":"string"},"custom_spelling":{"type":"boolean"},"custom_vocabulary":{"type":"string"},"custom_vocabulary_config":{"$ref":"#/$defs/CustomVocabularyConfig"},"detect_language":{"type":"boolean"},"diarization":{"type":"boolean"},"diarization_config":{"$ref":"#/$defs/GladiaDiarizationConfig"},"display_mode":{"type":"boolean"},"enable_code_switching":{"type":"boolean"},"language":{"type":"string"},"moderation":{"type":"boolean"},"name_consistency":{"type":"boolean"},"named_entity_recognition":{"type":"boolean"},"punctuation_enhanced":{"type":"boolean"},"sentences":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"structured_data_extraction":{"type":"boolean"},"subtitles":{"type":"boolean"},"subtitles_config":{"$ref":"#/$defs/SubtitlesConfig"},"summarization":{"type":"boolean"},"summarization_config":{"$ref":"#/$defs/SummarizationConfig"},"translation":{"type":"boolean"},"translation_config":{"$ref":"#/$defs/TranslationConfig"}},"type":"object","additionalProperties":false};
const schema83 = {"properties":{"prompts":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "prompts")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prompts !== undefined){
let data0 = data.prompts;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/prompts/" + i0,schemaPath:"#/properties/prompts/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate182.errors = vErrors;
return errors === 0;
}

const schema84 = {"properties":{"languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "languages")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.languages !== undefined){
let data0 = data.languages;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/languages/" + i0,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate184.errors = vErrors;
return errors === 0;
}

const schema85 = {"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"$ref":"#/$defs/CustomVocabularyEntry"},"type":"array"}},"type":"object","additionalProperties":false};
const schema86 = {"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object","additionalProperties":false};

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "intensity") || (key0 === "language")) || (key0 === "pronunciations")) || (key0 === "value"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.intensity !== undefined){
let data0 = data.intensity;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/intensity",schemaPath:"#/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err2 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.pronunciations !== undefined){
let data2 = data.pronunciations;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/pronunciations/" + i0,schemaPath:"#/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/pronunciations",schemaPath:"#/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate187.errors = vErrors;
return errors === 0;
}


function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "default_intensity") || (key0 === "vocabulary"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.default_intensity !== undefined){
let data0 = data.default_intensity;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/default_intensity",schemaPath:"#/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.vocabulary !== undefined){
let data1 = data.vocabulary;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate187(data1[i0], {instancePath:instancePath+"/vocabulary/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}

const schema87 = {"properties":{"max_speakers":{"type":"integer"},"min_speakers":{"type":"integer"},"number_of_speakers":{"type":"integer"}},"type":"object","additionalProperties":false};

function validate190(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "max_speakers") || (key0 === "min_speakers")) || (key0 === "number_of_speakers"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.max_speakers !== undefined){
let data0 = data.max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/max_speakers",schemaPath:"#/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.min_speakers !== undefined){
let data1 = data.min_speakers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/min_speakers",schemaPath:"#/properties/min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.number_of_speakers !== undefined){
let data2 = data.number_of_speakers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/number_of_speakers",schemaPath:"#/properties/number_of_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate190.errors = vErrors;
return errors === 0;
}

const schema88 = {"properties":{"formats":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "formats")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.formats !== undefined){
let data0 = data.formats;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/formats/" + i0,schemaPath:"#/properties/formats/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate192.errors = vErrors;
return errors === 0;
}

const schema89 = {"properties":{"type":{"type":"string"}},"type":"object","additionalProperties":false};

function validate194(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "type")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate194.errors = vErrors;
return errors === 0;
}

const schema90 = {"properties":{"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "model") || (key0 === "target_languages"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err1 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.target_languages !== undefined){
let data1 = data.target_languages;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/target_languages/" + i0,schemaPath:"#/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/target_languages",schemaPath:"#/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate196.errors = vErrors;
return errors === 0;
}


function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema82.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_to_llm !== undefined){
if(typeof data.audio_to_llm !== "boolean"){
const err1 = {instancePath:instancePath+"/audio_to_llm",schemaPath:"#/properties/audio_to_llm/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.audio_to_llm_config !== undefined){
if(!(validate182(data.audio_to_llm_config, {instancePath:instancePath+"/audio_to_llm_config",parentData:data,parentDataProperty:"audio_to_llm_config",rootData}))){
vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
errors = vErrors.length;
}
}
if(data.chapterization !== undefined){
if(typeof data.chapterization !== "boolean"){
const err2 = {instancePath:instancePath+"/chapterization",schemaPath:"#/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code_switching_config !== undefined){
if(!(validate184(data.code_switching_config, {instancePath:instancePath+"/code_switching_config",parentData:data,parentDataProperty:"code_switching_config",rootData}))){
vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
errors = vErrors.length;
}
}
if(data.context_prompt !== undefined){
if(typeof data.context_prompt !== "string"){
const err3 = {instancePath:instancePath+"/context_prompt",schemaPath:"#/properties/context_prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
if(typeof data.custom_spelling !== "boolean"){
const err4 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "string"){
const err5 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
if(!(validate186(data.custom_vocabulary_config, {instancePath:instancePath+"/custom_vocabulary_config",parentData:data,parentDataProperty:"custom_vocabulary_config",rootData}))){
vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
errors = vErrors.length;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err6 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "boolean"){
const err7 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.diarization_config !== undefined){
if(!(validate190(data.diarization_config, {instancePath:instancePath+"/diarization_config",parentData:data,parentDataProperty:"diarization_config",rootData}))){
vErrors = vErrors === null ? validate190.errors : vErrors.concat(validate190.errors);
errors = vErrors.length;
}
}
if(data.display_mode !== undefined){
if(typeof data.display_mode !== "boolean"){
const err8 = {instancePath:instancePath+"/display_mode",schemaPath:"#/properties/display_mode/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.enable_code_switching !== undefined){
if(typeof data.enable_code_switching !== "boolean"){
const err9 = {instancePath:instancePath+"/enable_code_switching",schemaPath:"#/properties/enable_code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err10 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.moderation !== undefined){
if(typeof data.moderation !== "boolean"){
const err11 = {instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name_consistency !== undefined){
if(typeof data.name_consistency !== "boolean"){
const err12 = {instancePath:instancePath+"/name_consistency",schemaPath:"#/properties/name_consistency/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.named_entity_recognition !== undefined){
if(typeof data.named_entity_recognition !== "boolean"){
const err13 = {instancePath:instancePath+"/named_entity_recognition",schemaPath:"#/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.punctuation_enhanced !== undefined){
if(typeof data.punctuation_enhanced !== "boolean"){
const err14 = {instancePath:instancePath+"/punctuation_enhanced",schemaPath:"#/properties/punctuation_enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sentences !== undefined){
if(typeof data.sentences !== "boolean"){
const err15 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err16 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.structured_data_extraction !== undefined){
if(typeof data.structured_data_extraction !== "boolean"){
const err17 = {instancePath:instancePath+"/structured_data_extraction",schemaPath:"#/properties/structured_data_extraction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.subtitles !== undefined){
if(typeof data.subtitles !== "boolean"){
const err18 = {instancePath:instancePath+"/subtitles",schemaPath:"#/properties/subtitles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.subtitles_config !== undefined){
if(!(validate192(data.subtitles_config, {instancePath:instancePath+"/subtitles_config",parentData:data,parentDataProperty:"subtitles_config",rootData}))){
vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
errors = vErrors.length;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err19 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.summarization_config !== undefined){
if(!(validate194(data.summarization_config, {instancePath:instancePath+"/summarization_config",parentData:data,parentDataProperty:"summarization_config",rootData}))){
vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
errors = vErrors.length;
}
}
if(data.translation !== undefined){
if(typeof data.translation !== "boolean"){
const err20 = {instancePath:instancePath+"/translation",schemaPath:"#/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.translation_config !== undefined){
if(!(validate196(data.translation_config, {instancePath:instancePath+"/translation_config",parentData:data,parentDataProperty:"translation_config",rootData}))){
vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate181.errors = vErrors;
return errors === 0;
}

const schema91 = {"properties":{"audio_enhancer":{"type":"boolean"},"code_switching":{"type":"boolean"},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"$ref":"#/$defs/CustomVocabularyConfig"},"endpointing":{"type":"number"},"languages":{"items":{"type":"string"},"type":"array"},"maximum_duration_without_endpointing":{"type":"number"},"model":{"type":"string"},"region":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speech_threshold":{"type":"number"}},"type":"object","additionalProperties":false};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema91.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.audio_enhancer !== undefined){
if(typeof data.audio_enhancer !== "boolean"){
const err1 = {instancePath:instancePath+"/audio_enhancer",schemaPath:"#/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.code_switching !== undefined){
if(typeof data.code_switching !== "boolean"){
const err2 = {instancePath:instancePath+"/code_switching",schemaPath:"#/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "boolean"){
const err3 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
if(!(validate186(data.custom_vocabulary_config, {instancePath:instancePath+"/custom_vocabulary_config",parentData:data,parentDataProperty:"custom_vocabulary_config",rootData}))){
vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
errors = vErrors.length;
}
}
if(data.endpointing !== undefined){
let data4 = data.endpointing;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err4 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.languages !== undefined){
let data5 = data.languages;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err5 = {instancePath:instancePath+"/languages/" + i0,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maximum_duration_without_endpointing !== undefined){
let data7 = data.maximum_duration_without_endpointing;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err7 = {instancePath:instancePath+"/maximum_duration_without_endpointing",schemaPath:"#/properties/maximum_duration_without_endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err8 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err9 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err10 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data11 = data.speech_threshold;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err11 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate199.errors = vErrors;
return errors === 0;
}

const schema92 = {"additionalProperties":true,"type":"object"};

function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate202.errors = vErrors;
return errors === 0;
}

const schema93 = {"properties":{"custom_vocabularies":{"items":{"type":"string"},"type":"array"},"custom_vocabulary_id":{"type":"string"},"detect_language":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"remove_atmospherics":{"type":"boolean"},"remove_disfluencies":{"type":"boolean"},"skip_diarization":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"skip_punctuation":{"type":"boolean"}},"type":"object","additionalProperties":false};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema93.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.custom_vocabularies !== undefined){
let data0 = data.custom_vocabularies;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/custom_vocabularies/" + i0,schemaPath:"#/properties/custom_vocabularies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/custom_vocabularies",schemaPath:"#/properties/custom_vocabularies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err3 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err4 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err5 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.remove_atmospherics !== undefined){
if(typeof data.remove_atmospherics !== "boolean"){
const err7 = {instancePath:instancePath+"/remove_atmospherics",schemaPath:"#/properties/remove_atmospherics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err8 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.skip_diarization !== undefined){
if(typeof data.skip_diarization !== "boolean"){
const err9 = {instancePath:instancePath+"/skip_diarization",schemaPath:"#/properties/skip_diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err10 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.skip_punctuation !== undefined){
if(typeof data.skip_punctuation !== "boolean"){
const err11 = {instancePath:instancePath+"/skip_punctuation",schemaPath:"#/properties/skip_punctuation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate204.errors = vErrors;
return errors === 0;
}

const schema94 = {"properties":{"custom_vocabulary_id":{"type":"string"},"delete_after_seconds":{"type":"integer"},"detailed_partials":{"type":"boolean"},"enable_speaker_switch":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"max_segment_duration_seconds":{"type":"integer"},"metadata":{"type":"string"},"priority":{"type":"string"},"remove_disfluencies":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"start_ts":{"type":"number"},"transcriber":{"type":"string"}},"type":"object","additionalProperties":false};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema94.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err1 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.delete_after_seconds !== undefined){
let data1 = data.delete_after_seconds;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/delete_after_seconds",schemaPath:"#/properties/delete_after_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.detailed_partials !== undefined){
if(typeof data.detailed_partials !== "boolean"){
const err3 = {instancePath:instancePath+"/detailed_partials",schemaPath:"#/properties/detailed_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enable_speaker_switch !== undefined){
if(typeof data.enable_speaker_switch !== "boolean"){
const err4 = {instancePath:instancePath+"/enable_speaker_switch",schemaPath:"#/properties/enable_speaker_switch/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err5 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_segment_duration_seconds !== undefined){
let data6 = data.max_segment_duration_seconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/max_segment_duration_seconds",schemaPath:"#/properties/max_segment_duration_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.metadata !== undefined){
if(typeof data.metadata !== "string"){
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.priority !== undefined){
if(typeof data.priority !== "string"){
const err9 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err10 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err11 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.start_ts !== undefined){
let data11 = data.start_ts;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err12 = {instancePath:instancePath+"/start_ts",schemaPath:"#/properties/start_ts/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.transcriber !== undefined){
if(typeof data.transcriber !== "string"){
const err13 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate206.errors = vErrors;
return errors === 0;
}

const schema95 = {"properties":{"additional_vocab":{"items":{"$ref":"#/$defs/AdditionalVocab"},"type":"array"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"language_identification_config":{"$ref":"#/$defs/LanguageIdentificationConfig"},"operating_point":{"type":"string"},"output_locale":{"type":"string"}},"type":"object","additionalProperties":false};
const schema96 = {"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "content") || (key0 === "sounds_like"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.content !== undefined){
if(typeof data.content !== "string"){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sounds_like !== undefined){
let data1 = data.sounds_like;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/sounds_like/" + i0,schemaPath:"#/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/sounds_like",schemaPath:"#/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate209.errors = vErrors;
return errors === 0;
}

const schema97 = {"properties":{"default_language":{"type":"string"},"expected_languages":{"items":{"type":"string"},"type":"array"},"low_confidence_action":{"type":"string"}},"type":"object","additionalProperties":false};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "default_language") || (key0 === "expected_languages")) || (key0 === "low_confidence_action"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.default_language !== undefined){
if(typeof data.default_language !== "string"){
const err1 = {instancePath:instancePath+"/default_language",schemaPath:"#/properties/default_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.expected_languages !== undefined){
let data1 = data.expected_languages;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/expected_languages/" + i0,schemaPath:"#/properties/expected_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/expected_languages",schemaPath:"#/properties/expected_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.low_confidence_action !== undefined){
if(typeof data.low_confidence_action !== "string"){
const err4 = {instancePath:instancePath+"/low_confidence_action",schemaPath:"#/properties/low_confidence_action/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate211.errors = vErrors;
return errors === 0;
}


function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "additional_vocab") || (key0 === "domain")) || (key0 === "enable_entities")) || (key0 === "language")) || (key0 === "language_identification_config")) || (key0 === "operating_point")) || (key0 === "output_locale"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate209(data0[i0], {instancePath:instancePath+"/additional_vocab/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate209.errors : vErrors.concat(validate209.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err2 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err3 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err4 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language_identification_config !== undefined){
if(!(validate211(data.language_identification_config, {instancePath:instancePath+"/language_identification_config",parentData:data,parentDataProperty:"language_identification_config",rootData}))){
vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
errors = vErrors.length;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err5 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err6 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate208.errors = vErrors;
return errors === 0;
}

const schema98 = {"properties":{"additional_vocab":{"items":{"$ref":"#/$defs/AdditionalVocab"},"type":"array"},"diarization":{"type":"string"},"enable_entities":{"type":"boolean"},"enable_partials":{"type":"boolean"},"language":{"type":"string"},"max_delay":{"type":"number"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"$ref":"#/$defs/PunctuationOverrides"},"speaker_diarization_config":{"$ref":"#/$defs/SpeakerDiarizationConfig"}},"type":"object","additionalProperties":false};
const schema99 = {"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object","additionalProperties":false};

function validate216(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "permitted_marks") || (key0 === "sensitivity"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.permitted_marks !== undefined){
let data0 = data.permitted_marks;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/permitted_marks/" + i0,schemaPath:"#/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/permitted_marks",schemaPath:"#/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sensitivity !== undefined){
let data2 = data.sensitivity;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/sensitivity",schemaPath:"#/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate216.errors = vErrors;
return errors === 0;
}

const schema100 = {"properties":{"max_speakers":{"type":"integer"}},"type":"object","additionalProperties":false};

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "max_speakers")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.max_speakers !== undefined){
let data0 = data.max_speakers;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/max_speakers",schemaPath:"#/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate218.errors = vErrors;
return errors === 0;
}


function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema98.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate209(data0[i0], {instancePath:instancePath+"/additional_vocab/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate209.errors : vErrors.concat(validate209.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "string"){
const err2 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err3 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enable_partials !== undefined){
if(typeof data.enable_partials !== "boolean"){
const err4 = {instancePath:instancePath+"/enable_partials",schemaPath:"#/properties/enable_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err5 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_delay !== undefined){
let data6 = data.max_delay;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err6 = {instancePath:instancePath+"/max_delay",schemaPath:"#/properties/max_delay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_delay_mode !== undefined){
if(typeof data.max_delay_mode !== "string"){
const err7 = {instancePath:instancePath+"/max_delay_mode",schemaPath:"#/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err8 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err9 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.punctuation_overrides !== undefined){
if(!(validate216(data.punctuation_overrides, {instancePath:instancePath+"/punctuation_overrides",parentData:data,parentDataProperty:"punctuation_overrides",rootData}))){
vErrors = vErrors === null ? validate216.errors : vErrors.concat(validate216.errors);
errors = vErrors.length;
}
}
if(data.speaker_diarization_config !== undefined){
if(!(validate218(data.speaker_diarization_config, {instancePath:instancePath+"/speaker_diarization_config",parentData:data,parentDataProperty:"speaker_diarization_config",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate214.errors = vErrors;
return errors === 0;
}


function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema72.properties, key0))){
let data0 = data[key0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data.assembly_ai_async !== undefined){
if(!(validate162(data.assembly_ai_async, {instancePath:instancePath+"/assembly_ai_async",parentData:data,parentDataProperty:"assembly_ai_async",rootData}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_async_chunked !== undefined){
if(!(validate166(data.assembly_ai_async_chunked, {instancePath:instancePath+"/assembly_ai_async_chunked",parentData:data,parentDataProperty:"assembly_ai_async_chunked",rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_streaming !== undefined){
if(!(validate169(data.assembly_ai_streaming, {instancePath:instancePath+"/assembly_ai_streaming",parentData:data,parentDataProperty:"assembly_ai_streaming",rootData}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
}
if(data.aws_transcribe_streaming !== undefined){
if(!(validate171(data.aws_transcribe_streaming, {instancePath:instancePath+"/aws_transcribe_streaming",parentData:data,parentDataProperty:"aws_transcribe_streaming",rootData}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
}
if(data.deepgram_async !== undefined){
if(!(validate173(data.deepgram_async, {instancePath:instancePath+"/deepgram_async",parentData:data,parentDataProperty:"deepgram_async",rootData}))){
vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
errors = vErrors.length;
}
}
if(data.deepgram_streaming !== undefined){
if(!(validate175(data.deepgram_streaming, {instancePath:instancePath+"/deepgram_streaming",parentData:data,parentDataProperty:"deepgram_streaming",rootData}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_async !== undefined){
if(!(validate177(data.gladia_v1_async, {instancePath:instancePath+"/gladia_v1_async",parentData:data,parentDataProperty:"gladia_v1_async",rootData}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_streaming !== undefined){
if(!(validate179(data.gladia_v1_streaming, {instancePath:instancePath+"/gladia_v1_streaming",parentData:data,parentDataProperty:"gladia_v1_streaming",rootData}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_async !== undefined){
if(!(validate181(data.gladia_v2_async, {instancePath:instancePath+"/gladia_v2_async",parentData:data,parentDataProperty:"gladia_v2_async",rootData}))){
vErrors = vErrors === null ? validate181.errors : vErrors.concat(validate181.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_streaming !== undefined){
if(!(validate199(data.gladia_v2_streaming, {instancePath:instancePath+"/gladia_v2_streaming",parentData:data,parentDataProperty:"gladia_v2_streaming",rootData}))){
vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
errors = vErrors.length;
}
}
if(data.meeting_captions !== undefined){
if(!(validate202(data.meeting_captions, {instancePath:instancePath+"/meeting_captions",parentData:data,parentDataProperty:"meeting_captions",rootData}))){
vErrors = vErrors === null ? validate202.errors : vErrors.concat(validate202.errors);
errors = vErrors.length;
}
}
if(data.rev_async !== undefined){
if(!(validate204(data.rev_async, {instancePath:instancePath+"/rev_async",parentData:data,parentDataProperty:"rev_async",rootData}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
}
if(data.rev_streaming !== undefined){
if(!(validate206(data.rev_streaming, {instancePath:instancePath+"/rev_streaming",parentData:data,parentDataProperty:"rev_streaming",rootData}))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_async !== undefined){
if(!(validate208(data.speechmatics_async, {instancePath:instancePath+"/speechmatics_async",parentData:data,parentDataProperty:"speechmatics_async",rootData}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_streaming !== undefined){
if(!(validate214(data.speechmatics_streaming, {instancePath:instancePath+"/speechmatics_streaming",parentData:data,parentDataProperty:"speechmatics_streaming",rootData}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate161.errors = vErrors;
return errors === 0;
}


function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "diarization")) || (key0 === "provider"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
const err6 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats4.test(data1))){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate141(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate157(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
errors = vErrors.length;
}
}
if(data.diarization !== undefined){
if(!(validate159(data.diarization, {instancePath:instancePath+"/diarization",parentData:data,parentDataProperty:"diarization",rootData}))){
vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
errors = vErrors.length;
}
}
if(data.provider !== undefined){
if(!(validate161(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate154.errors = vErrors;
return errors === 0;
}

const schema101 = {"type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"status":{"$ref":"#/$defs/MediaStatus"},"data":{"$ref":"#/$defs/VideoMixedData"},"expires_at":{"format":"date-time","type":["string","null"]},"format":{"enum":["mp4"],"type":"string"},"recording_id":{"format":"uuid","type":"string"}},"required":["id","created_at","status","metadata","data","format"],"additionalProperties":false};
const schema102 = {"properties":{"download_url":{"type":"string"}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "download_url")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.download_url !== undefined){
if(typeof data.download_url !== "string"){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate226.errors = vErrors;
return errors === 0;
}


function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.format === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "expires_at")) || (key0 === "format")) || (key0 === "recording_id"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
const err7 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats4.test(data1))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate141(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate226(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
errors = vErrors.length;
}
}
if(data.expires_at !== undefined){
let data5 = data.expires_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema101.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats6.test(data5))){
const err12 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.format !== undefined){
let data6 = data.format;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(data6 === "mp4")){
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema101.properties.format.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.recording_id !== undefined){
let data7 = data.recording_id;
if(typeof data7 === "string"){
if(!(formats4.test(data7))){
const err15 = {instancePath:instancePath+"/recording_id",schemaPath:"#/properties/recording_id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/recording_id",schemaPath:"#/properties/recording_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate223.errors = vErrors;
return errors === 0;
}


function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.video_mixed === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "video_mixed"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.transcript === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transcript"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.participant_events === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_events"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.meeting_metadata === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meeting_metadata"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "meeting_metadata") || (key0 === "participant_events")) || (key0 === "transcript")) || (key0 === "video_mixed"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.meeting_metadata !== undefined){
let data0 = data.meeting_metadata;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate139(data0, {instancePath:instancePath+"/meeting_metadata",parentData:data,parentDataProperty:"meeting_metadata",rootData}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err5 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.participant_events !== undefined){
let data1 = data.participant_events;
const _errs8 = errors;
let valid2 = false;
let passing1 = null;
const _errs9 = errors;
if(!(validate148(data1, {instancePath:instancePath+"/participant_events",parentData:data,parentDataProperty:"participant_events",rootData}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs10 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs10 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err8 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.transcript !== undefined){
let data2 = data.transcript;
const _errs13 = errors;
let valid3 = false;
let passing2 = null;
const _errs14 = errors;
if(!(validate154(data2, {instancePath:instancePath+"/transcript",parentData:data,parentDataProperty:"transcript",rootData}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
var _valid2 = _errs14 === errors;
if(_valid2){
valid3 = true;
passing2 = 0;
}
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs15 === errors;
if(_valid2 && valid3){
valid3 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid3 = true;
passing2 = 1;
}
}
if(!valid3){
const err10 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.video_mixed !== undefined){
let data3 = data.video_mixed;
const _errs18 = errors;
let valid4 = false;
let passing3 = null;
const _errs19 = errors;
if(!(validate223(data3, {instancePath:instancePath+"/video_mixed",parentData:data,parentDataProperty:"video_mixed",rootData}))){
vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
errors = vErrors.length;
}
var _valid3 = _errs19 === errors;
if(_valid3){
valid4 = true;
passing3 = 0;
}
const _errs20 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs20 === errors;
if(_valid3 && valid4){
valid4 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid4 = true;
passing3 = 1;
}
}
if(!valid4){
const err12 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}

const schema103 = {"properties":{"code":{"$ref":"#/$defs/RecordingStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object","additionalProperties":false};
const schema104 = {"enum":["processing","paused","done","failed","deleted"],"type":"string"};

function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "processing") || (data === "paused")) || (data === "done")) || (data === "failed")) || (data === "deleted"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema104.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate233.errors = vErrors;
return errors === 0;
}


function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sub_code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sub_code"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "code") || (key0 === "sub_code")) || (key0 === "updated_at"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.code !== undefined){
if(!(validate233(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema103.properties.sub_code.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data2 = data.updated_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err5 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate232.errors = vErrors;
return errors === 0;
}


function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate133(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema59.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err14 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs12 = errors;
let valid2 = false;
let passing1 = null;
const _errs13 = errors;
if(!(validate133(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs14 = errors;
if(data3 !== null){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err18 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema59.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err20 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate138(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate133(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema59.properties.started_at.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate232(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate132.errors = vErrors;
return errors === 0;
}


function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.previous === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.results === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err4 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema58.properties.next.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err5 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err6 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema58.properties.previous.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate132(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate131.errors = vErrors;
return errors === 0;
}


function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate131(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
validate129.errors = vErrors;
return errors === 0;
}

export const recording_partial_update_open = validate238;
const schema105 = {"$id":"recording_partial_update","$ref":"open#/$defs/Recording"};

function validate239(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate25(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data0 !== null){
const err10 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err12 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema9.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs11 = errors;
let valid2 = false;
let passing1 = null;
const _errs12 = errors;
if(!(validate25(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs13 = errors;
if(data3 !== null){
const err16 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema9.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate30(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate26(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema9.properties.started_at.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate239.errors = vErrors;
return errors === 0;
}


function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate239(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate239.errors : vErrors.concat(validate239.errors);
errors = vErrors.length;
}
validate238.errors = vErrors;
return errors === 0;
}

export const recording_partial_update_closed = validate247;
const schema107 = {"$id":"recording_partial_update.closed","$ref":"closed#/$defs/Recording"};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate133(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema59.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err14 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs12 = errors;
let valid2 = false;
let passing1 = null;
const _errs13 = errors;
if(!(validate133(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs14 = errors;
if(data3 !== null){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err18 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema59.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err20 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate138(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate133(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema59.properties.started_at.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate232(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate248.errors = vErrors;
return errors === 0;
}


function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate248(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate248.errors : vErrors.concat(validate248.errors);
errors = vErrors.length;
}
validate247.errors = vErrors;
return errors === 0;
}

export const recording_retrieve_open = validate256;
const schema109 = {"$id":"recording_retrieve","$ref":"open#/$defs/Recording"};

function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate25(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data0 !== null){
const err10 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err12 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema9.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs11 = errors;
let valid2 = false;
let passing1 = null;
const _errs12 = errors;
if(!(validate25(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs13 = errors;
if(data3 !== null){
const err16 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err18 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema9.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate30(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate26(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema9.properties.started_at.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate257.errors = vErrors;
return errors === 0;
}


function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate257(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate257.errors : vErrors.concat(validate257.errors);
errors = vErrors.length;
}
validate256.errors = vErrors;
return errors === 0;
}

export const recording_retrieve_closed = validate265;
const schema111 = {"$id":"recording_retrieve.closed","$ref":"closed#/$defs/Recording"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.started_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.completed_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed_at"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_shortcuts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_shortcuts"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.realtime_endpoints === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "realtime_endpoints"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.bot === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bot"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.desktop_sdk_upload === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desktop_sdk_upload"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.expires_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_at"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate133(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err11 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.completed_at !== undefined){
let data1 = data.completed_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema59.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats6.test(data1))){
const err14 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats6.test(data2))){
const err15 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.desktop_sdk_upload !== undefined){
let data3 = data.desktop_sdk_upload;
const _errs12 = errors;
let valid2 = false;
let passing1 = null;
const _errs13 = errors;
if(!(validate133(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs14 = errors;
if(data3 !== null){
const err17 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err18 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.expires_at !== undefined){
let data4 = data.expires_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err19 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema59.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
const err20 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats4.test(data5))){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate138(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate134(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate133(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema59.properties.started_at.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats6.test(data10))){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate232(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate266.errors = vErrors;
return errors === 0;
}


function validate265(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate266(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate266.errors : vErrors.concat(validate266.errors);
errors = vErrors.length;
}
validate265.errors = vErrors;
return errors === 0;
}
