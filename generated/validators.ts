// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
// @ts-nocheck: Ajv standalone code (plain JavaScript); OperationInfo.responseValidators gives it its types.
export const audio_mixed_list_open = validate21;
const schema6 = {"$id":"audio_mixed_list","$ref":"/open/PaginatedAudioMixedList"};
const schema7 = {"$id":"/open/PaginatedAudioMixedList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/AudioMixedArtifact"},"type":"array"}},"type":"object"};
const schema8 = {"$id":"/open/AudioMixedArtifact","allOf":[{"$ref":"/open/AudioMixedShortcut"},{"properties":{"recording":{"$ref":"/open/RecordingReference"}},"required":["recording"],"type":"object"}]};
const schema9 = {"$id":"/open/AudioMixedShortcut","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/AudioMixedData"},"format":{"enum":["mp3","raw"],"type":"string"}},"required":["data","format"],"type":"object"}]};
const schema10 = {"$id":"/open/MediaObject","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/open/StoredMetadata"},"status":{"$ref":"/open/MediaStatus"}},"required":["id","created_at","status","metadata"],"type":"object"};
const formats0 = /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const formats2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const schema11 = {"$id":"/open/StoredMetadata","additionalProperties":{"type":["string","null"]},"type":"object"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/StoredMetadata" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema11.additionalProperties.type}};
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

const schema12 = {"$id":"/open/MediaStatus","properties":{"code":{"$ref":"/open/MediaStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object"};
const schema13 = {"$id":"/open/MediaStatusCode","enum":["processing","done","failed","deleted"],"type":"string"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MediaStatusCode" */;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema13.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MediaStatus" */;
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
if(!(validate29(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema12.properties.sub_code.type}};
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
if(!(formats0.test(data2))){
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
validate28.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MediaObject" */;
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate28(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate25.errors = vErrors;
return errors === 0;
}

const schema14 = {"$id":"/open/AudioMixedData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AudioMixedData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema14.properties.download_url.type}};
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
validate33.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AudioMixedShortcut" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(!(validate33(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data1 === "mp3") || (data1 === "raw"))){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/enum",keyword:"enum",params:{allowedValues: schema9.allOf[1].properties.format.enum}};
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
const err4 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema15 = {"$id":"/open/RecordingReference","properties":{"id":{"format":"uuid","type":"string"},"metadata":{"oneOf":[{"$ref":"/open/StoredMetadata"},{"type":"null"}]}},"required":["id","metadata"],"type":"object"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RecordingReference" */;
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
if(!(formats2.test(data0))){
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
let data1 = data.metadata;
const _errs4 = errors;
let valid1 = false;
let passing0 = null;
const _errs5 = errors;
if(!(validate26(data1, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs6 = errors;
if(data1 !== null){
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
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
const err5 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
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
validate36.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AudioMixedArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedAudioMixedList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema7.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema7.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_list" */;
let vErrors = null;
let errors = 0;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate21.errors = vErrors;
return errors === 0;
}

export const audio_mixed_list_closed = validate41;
const schema16 = {"$id":"audio_mixed_list.closed","$ref":"/closed/PaginatedAudioMixedList"};
const schema17 = {"$id":"/closed/PaginatedAudioMixedList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/AudioMixedArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema18 = {"$id":"/closed/AudioMixedArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/AudioMixedData"},"format":{"enum":["mp3","raw"],"type":"string"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","data","format","recording"],"additionalProperties":false};
const schema19 = {"$id":"/closed/StoredMetadata","additionalProperties":{"type":["string","null"]},"type":"object"};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/StoredMetadata" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema19.additionalProperties.type}};
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
validate44.errors = vErrors;
return errors === 0;
}

const schema20 = {"$id":"/closed/MediaStatus","properties":{"code":{"$ref":"/closed/MediaStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object","additionalProperties":false};
const schema21 = {"$id":"/closed/MediaStatusCode","enum":["processing","done","failed","deleted"],"type":"string"};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MediaStatusCode" */;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema21.enum}};
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


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MediaStatus" */;
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
if(!(validate47(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema20.properties.sub_code.type}};
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
if(!(formats0.test(data2))){
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
validate46.errors = vErrors;
return errors === 0;
}

const schema22 = {"$id":"/closed/AudioMixedData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AudioMixedData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema22.properties.download_url.type}};
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
validate50.errors = vErrors;
return errors === 0;
}

const schema23 = {"$id":"/closed/RecordingReference","properties":{"id":{"format":"uuid","type":"string"},"metadata":{"oneOf":[{"$ref":"/closed/StoredMetadata"},{"type":"null"}]}},"required":["id","metadata"],"type":"object","additionalProperties":false};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RecordingReference" */;
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
if(!(formats2.test(data0))){
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
let data1 = data.metadata;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate44(data1, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
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
const err6 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
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
validate52.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AudioMixedArtifact" */;
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
if(data.recording === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "format")) || (key0 === "recording"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate50(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data5 = data.format;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data5 === "mp3") || (data5 === "raw"))){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema18.properties.format.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedAudioMixedList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema17.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema17.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate42.errors = vErrors;
return errors === 0;
}


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}

export const audio_mixed_partial_update_open = validate57;
const schema24 = {"$id":"audio_mixed_partial_update","$ref":"/open/AudioMixedArtifact"};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate57.errors = vErrors;
return errors === 0;
}

export const audio_mixed_partial_update_closed = validate59;
const schema25 = {"$id":"audio_mixed_partial_update.closed","$ref":"/closed/AudioMixedArtifact"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate59.errors = vErrors;
return errors === 0;
}

export const audio_mixed_retrieve_open = validate61;
const schema26 = {"$id":"audio_mixed_retrieve","$ref":"/open/AudioMixedArtifact"};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate61.errors = vErrors;
return errors === 0;
}

export const audio_mixed_retrieve_closed = validate63;
const schema27 = {"$id":"audio_mixed_retrieve.closed","$ref":"/closed/AudioMixedArtifact"};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_mixed_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate63.errors = vErrors;
return errors === 0;
}

export const audio_separate_list_open = validate65;
const schema28 = {"$id":"audio_separate_list","$ref":"/open/PaginatedAudioSeparateList"};
const schema29 = {"$id":"/open/PaginatedAudioSeparateList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/AudioSeparateArtifact"},"type":"array"}},"type":"object"};
const schema30 = {"$id":"/open/AudioSeparateArtifact","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/AudioSeparateData"},"format":{"enum":["raw","ogg"],"type":"string"},"recording":{"$ref":"/open/RecordingReference"}},"required":["recording","data","format"],"type":"object"}]};
const schema31 = {"$id":"/open/AudioSeparateData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AudioSeparateData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema31.properties.download_url.type}};
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
validate69.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AudioSeparateArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.format === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data !== undefined){
if(!(validate69(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "raw") || (data1 === "ogg"))){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/enum",keyword:"enum",params:{allowedValues: schema30.allOf[1].properties.format.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedAudioSeparateList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema29.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema29.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate67(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate66.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_list" */;
let vErrors = null;
let errors = 0;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
validate65.errors = vErrors;
return errors === 0;
}

export const audio_separate_list_closed = validate74;
const schema32 = {"$id":"audio_separate_list.closed","$ref":"/closed/PaginatedAudioSeparateList"};
const schema33 = {"$id":"/closed/PaginatedAudioSeparateList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/AudioSeparateArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema34 = {"$id":"/closed/AudioSeparateArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/AudioSeparateData"},"format":{"enum":["raw","ogg"],"type":"string"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","recording","data","format"],"additionalProperties":false};
const schema35 = {"$id":"/closed/AudioSeparateData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AudioSeparateData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema35.properties.download_url.type}};
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
validate79.errors = vErrors;
return errors === 0;
}


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AudioSeparateArtifact" */;
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
if(data.recording === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.data === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.format === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "format")) || (key0 === "recording"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate79(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data5 = data.format;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data5 === "raw") || (data5 === "ogg"))){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema34.properties.format.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate76.errors = vErrors;
return errors === 0;
}


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedAudioSeparateList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema33.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema33.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate76(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate75.errors = vErrors;
return errors === 0;
}


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
validate74.errors = vErrors;
return errors === 0;
}

export const audio_separate_partial_update_open = validate84;
const schema36 = {"$id":"audio_separate_partial_update","$ref":"/open/AudioSeparateArtifact"};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}

export const audio_separate_partial_update_closed = validate86;
const schema37 = {"$id":"audio_separate_partial_update.closed","$ref":"/closed/AudioSeparateArtifact"};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate86.errors = vErrors;
return errors === 0;
}

export const audio_separate_retrieve_open = validate88;
const schema38 = {"$id":"audio_separate_retrieve","$ref":"/open/AudioSeparateArtifact"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
validate88.errors = vErrors;
return errors === 0;
}

export const audio_separate_retrieve_closed = validate90;
const schema39 = {"$id":"audio_separate_retrieve.closed","$ref":"/closed/AudioSeparateArtifact"};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="audio_separate_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate90.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_list_open = validate92;
const schema40 = {"$id":"meeting_metadata_list","$ref":"/open/PaginatedMeetingMetadataList"};
const schema41 = {"$id":"/open/PaginatedMeetingMetadataList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/MeetingMetadataArtifact"},"type":"array"}},"type":"object"};
const schema42 = {"$id":"/open/MeetingMetadataArtifact","allOf":[{"$ref":"/open/MeetingMetadataShortcut"},{"properties":{"recording":{"$ref":"/open/RecordingReference"}},"required":["recording"],"type":"object"}]};
const schema43 = {"$id":"/open/MeetingMetadataShortcut","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/MeetingMetadataData"}},"required":["data"],"type":"object"}]};
const schema44 = {"$id":"/open/MeetingMetadataData","properties":{"channel_id":{"type":"string"},"huddle_id":{"type":"string"},"title":{"type":["string","null"]},"zoom":{"oneOf":[{"$ref":"/open/MeetingMetadataZoom"},{"type":"null"}]},"zoom_meeting_uuid":{"type":"string"}},"required":["title","zoom"],"type":"object"};
const schema45 = {"$id":"/open/MeetingMetadataZoom","properties":{"meeting_uuid":{"type":["string","null"]}},"required":["meeting_uuid"],"type":"object"};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MeetingMetadataZoom" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meeting_uuid === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meeting_uuid"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.meeting_uuid !== undefined){
let data0 = data.meeting_uuid;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/meeting_uuid",schemaPath:"#/properties/meeting_uuid/type",keyword:"type",params:{type: schema45.properties.meeting_uuid.type}};
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
validate98.errors = vErrors;
return errors === 0;
}


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MeetingMetadataData" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.zoom === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "zoom"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.channel_id !== undefined){
if(typeof data.channel_id !== "string"){
const err2 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.huddle_id !== undefined){
if(typeof data.huddle_id !== "string"){
const err3 = {instancePath:instancePath+"/huddle_id",schemaPath:"#/properties/huddle_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema44.properties.title.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.zoom !== undefined){
let data3 = data.zoom;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(!(validate98(data3, {instancePath:instancePath+"/zoom",parentData:data,parentDataProperty:"zoom",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data3 !== null){
const err5 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs10 === errors;
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
const err6 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
validate97.errors = vErrors;
return errors === 0;
}


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MeetingMetadataShortcut" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(!(validate97(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
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
validate95.errors = vErrors;
return errors === 0;
}


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MeetingMetadataArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate95(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate94.errors = vErrors;
return errors === 0;
}


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedMeetingMetadataList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema41.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema41.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate94(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate93.errors = vErrors;
return errors === 0;
}


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_list" */;
let vErrors = null;
let errors = 0;
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
validate92.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_list_closed = validate105;
const schema46 = {"$id":"meeting_metadata_list.closed","$ref":"/closed/PaginatedMeetingMetadataList"};
const schema47 = {"$id":"/closed/PaginatedMeetingMetadataList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/MeetingMetadataArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema48 = {"$id":"/closed/MeetingMetadataArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/MeetingMetadataData"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","data","recording"],"additionalProperties":false};
const schema49 = {"$id":"/closed/MeetingMetadataData","properties":{"channel_id":{"type":"string"},"huddle_id":{"type":"string"},"title":{"type":["string","null"]},"zoom":{"oneOf":[{"$ref":"/closed/MeetingMetadataZoom"},{"type":"null"}]},"zoom_meeting_uuid":{"type":"string"}},"required":["title","zoom"],"type":"object","additionalProperties":false};
const schema50 = {"$id":"/closed/MeetingMetadataZoom","properties":{"meeting_uuid":{"type":["string","null"]}},"required":["meeting_uuid"],"type":"object","additionalProperties":false};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MeetingMetadataZoom" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meeting_uuid === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meeting_uuid"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "meeting_uuid")){
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
if(data.meeting_uuid !== undefined){
let data0 = data.meeting_uuid;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/meeting_uuid",schemaPath:"#/properties/meeting_uuid/type",keyword:"type",params:{type: schema50.properties.meeting_uuid.type}};
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
validate111.errors = vErrors;
return errors === 0;
}


function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MeetingMetadataData" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.zoom === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "zoom"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "channel_id") || (key0 === "huddle_id")) || (key0 === "title")) || (key0 === "zoom")) || (key0 === "zoom_meeting_uuid"))){
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
if(data.channel_id !== undefined){
if(typeof data.channel_id !== "string"){
const err3 = {instancePath:instancePath+"/channel_id",schemaPath:"#/properties/channel_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.huddle_id !== undefined){
if(typeof data.huddle_id !== "string"){
const err4 = {instancePath:instancePath+"/huddle_id",schemaPath:"#/properties/huddle_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema49.properties.title.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zoom !== undefined){
let data3 = data.zoom;
const _errs9 = errors;
let valid1 = false;
let passing0 = null;
const _errs10 = errors;
if(!(validate111(data3, {instancePath:instancePath+"/zoom",parentData:data,parentDataProperty:"zoom",rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data3 !== null){
const err6 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
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
const err7 = {instancePath:instancePath+"/zoom",schemaPath:"#/properties/zoom/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.zoom_meeting_uuid !== undefined){
if(typeof data.zoom_meeting_uuid !== "string"){
const err8 = {instancePath:instancePath+"/zoom_meeting_uuid",schemaPath:"#/properties/zoom_meeting_uuid/type",keyword:"type",params:{type: "string"}};
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
validate110.errors = vErrors;
return errors === 0;
}


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MeetingMetadataArtifact" */;
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
if(data.recording === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "recording"))){
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate110(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate107.errors = vErrors;
return errors === 0;
}


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedMeetingMetadataList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema47.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema47.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate106.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate106(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
validate105.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_partial_update_open = validate117;
const schema51 = {"$id":"meeting_metadata_partial_update","$ref":"/open/MeetingMetadataArtifact"};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
validate117.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_partial_update_closed = validate119;
const schema52 = {"$id":"meeting_metadata_partial_update.closed","$ref":"/closed/MeetingMetadataArtifact"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate119.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_retrieve_open = validate121;
const schema53 = {"$id":"meeting_metadata_retrieve","$ref":"/open/MeetingMetadataArtifact"};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
validate121.errors = vErrors;
return errors === 0;
}

export const meeting_metadata_retrieve_closed = validate123;
const schema54 = {"$id":"meeting_metadata_retrieve.closed","$ref":"/closed/MeetingMetadataArtifact"};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="meeting_metadata_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate123.errors = vErrors;
return errors === 0;
}

export const participant_events_list_open = validate125;
const schema55 = {"$id":"participant_events_list","$ref":"/open/PaginatedParticipantEventsList"};
const schema56 = {"$id":"/open/PaginatedParticipantEventsList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/ParticipantEventsArtifact"},"type":"array"}},"type":"object"};
const schema57 = {"$id":"/open/ParticipantEventsArtifact","allOf":[{"$ref":"/open/ParticipantEventsShortcut"},{"properties":{"recording":{"$ref":"/open/RecordingReference"}},"required":["recording"],"type":"object"}]};
const schema58 = {"$id":"/open/ParticipantEventsShortcut","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/ParticipantEventsData"}},"required":["data"],"type":"object"}]};
const schema59 = {"$id":"/open/ParticipantEventsData","properties":{"participant_events_download_url":{"type":["string","null"]},"participants_download_url":{"type":["string","null"]},"speaker_timeline_download_url":{"type":["string","null"]}},"required":["participant_events_download_url","speaker_timeline_download_url","participants_download_url"],"type":"object"};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ParticipantEventsData" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.participant_events_download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_events_download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.speaker_timeline_download_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speaker_timeline_download_url"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.participants_download_url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants_download_url"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.participant_events_download_url !== undefined){
let data0 = data.participant_events_download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err3 = {instancePath:instancePath+"/participant_events_download_url",schemaPath:"#/properties/participant_events_download_url/type",keyword:"type",params:{type: schema59.properties.participant_events_download_url.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.participants_download_url !== undefined){
let data1 = data.participants_download_url;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/participants_download_url",schemaPath:"#/properties/participants_download_url/type",keyword:"type",params:{type: schema59.properties.participants_download_url.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.speaker_timeline_download_url !== undefined){
let data2 = data.speaker_timeline_download_url;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/speaker_timeline_download_url",schemaPath:"#/properties/speaker_timeline_download_url/type",keyword:"type",params:{type: schema59.properties.speaker_timeline_download_url.type}};
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
validate130.errors = vErrors;
return errors === 0;
}


function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ParticipantEventsShortcut" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(!(validate130(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
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
validate128.errors = vErrors;
return errors === 0;
}


function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ParticipantEventsArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate128(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate127.errors = vErrors;
return errors === 0;
}


function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedParticipantEventsList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema56.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema56.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate127(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate126.errors = vErrors;
return errors === 0;
}


function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_list" */;
let vErrors = null;
let errors = 0;
if(!(validate126(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
validate125.errors = vErrors;
return errors === 0;
}

export const participant_events_list_closed = validate136;
const schema60 = {"$id":"participant_events_list.closed","$ref":"/closed/PaginatedParticipantEventsList"};
const schema61 = {"$id":"/closed/PaginatedParticipantEventsList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/ParticipantEventsArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema62 = {"$id":"/closed/ParticipantEventsArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/ParticipantEventsData"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","data","recording"],"additionalProperties":false};
const schema63 = {"$id":"/closed/ParticipantEventsData","properties":{"participant_events_download_url":{"type":["string","null"]},"participants_download_url":{"type":["string","null"]},"speaker_timeline_download_url":{"type":["string","null"]}},"required":["participant_events_download_url","speaker_timeline_download_url","participants_download_url"],"type":"object","additionalProperties":false};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ParticipantEventsData" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.participant_events_download_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_events_download_url"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.speaker_timeline_download_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speaker_timeline_download_url"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.participants_download_url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants_download_url"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "participant_events_download_url") || (key0 === "participants_download_url")) || (key0 === "speaker_timeline_download_url"))){
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
if(data.participant_events_download_url !== undefined){
let data0 = data.participant_events_download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err4 = {instancePath:instancePath+"/participant_events_download_url",schemaPath:"#/properties/participant_events_download_url/type",keyword:"type",params:{type: schema63.properties.participant_events_download_url.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.participants_download_url !== undefined){
let data1 = data.participants_download_url;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/participants_download_url",schemaPath:"#/properties/participants_download_url/type",keyword:"type",params:{type: schema63.properties.participants_download_url.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.speaker_timeline_download_url !== undefined){
let data2 = data.speaker_timeline_download_url;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/speaker_timeline_download_url",schemaPath:"#/properties/speaker_timeline_download_url/type",keyword:"type",params:{type: schema63.properties.speaker_timeline_download_url.type}};
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


function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ParticipantEventsArtifact" */;
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
if(data.recording === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "recording"))){
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate141(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate138.errors = vErrors;
return errors === 0;
}


function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedParticipantEventsList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema61.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema61.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate138(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate137.errors = vErrors;
return errors === 0;
}


function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate137(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
validate136.errors = vErrors;
return errors === 0;
}

export const participant_events_partial_update_open = validate146;
const schema64 = {"$id":"participant_events_partial_update","$ref":"/open/ParticipantEventsArtifact"};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate127(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
validate146.errors = vErrors;
return errors === 0;
}

export const participant_events_partial_update_closed = validate148;
const schema65 = {"$id":"participant_events_partial_update.closed","$ref":"/closed/ParticipantEventsArtifact"};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate138(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
validate148.errors = vErrors;
return errors === 0;
}

export const participant_events_retrieve_open = validate150;
const schema66 = {"$id":"participant_events_retrieve","$ref":"/open/ParticipantEventsArtifact"};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate127(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
validate150.errors = vErrors;
return errors === 0;
}

export const participant_events_retrieve_closed = validate152;
const schema67 = {"$id":"participant_events_retrieve.closed","$ref":"/closed/ParticipantEventsArtifact"};

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="participant_events_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate138(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
validate152.errors = vErrors;
return errors === 0;
}

export const recording_create_transcript_create_open = validate154;
const schema68 = {"$id":"recording_create_transcript_create","$ref":"/open/TranscriptArtifact"};
const schema69 = {"$id":"/open/TranscriptArtifact","allOf":[{"$ref":"/open/TranscriptShortcut"},{"properties":{"recording":{"$ref":"/open/RecordingReference"}},"required":["recording"],"type":"object"}]};
const schema70 = {"$id":"/open/TranscriptShortcut","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/TranscriptData"},"diarization":{"oneOf":[{"$ref":"/open/TranscriptDiarization"},{"type":"null"}]},"provider":{"$ref":"/open/TranscriptProvider"}},"required":["data","diarization","provider"],"type":"object"}]};
const schema71 = {"$id":"/open/TranscriptData","properties":{"download_url":{"type":["string","null"]},"provider_data_download_url":{"type":["string","null"]}},"required":["download_url","provider_data_download_url"],"type":"object"};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/TranscriptData" */;
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
if(data.provider_data_download_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider_data_download_url"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.download_url !== undefined){
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema71.properties.download_url.type}};
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
let data1 = data.provider_data_download_url;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/provider_data_download_url",schemaPath:"#/properties/provider_data_download_url/type",keyword:"type",params:{type: schema71.properties.provider_data_download_url.type}};
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
validate158.errors = vErrors;
return errors === 0;
}

const schema72 = {"$id":"/open/TranscriptDiarization","properties":{"use_separate_streams_when_available":{"type":"boolean"}},"required":["use_separate_streams_when_available"],"type":"object"};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/TranscriptDiarization" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.use_separate_streams_when_available === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "use_separate_streams_when_available"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate160.errors = vErrors;
return errors === 0;
}

const schema73 = {"$id":"/open/TranscriptProvider","additionalProperties":{"type":["object","null"]},"properties":{"assembly_ai_async":{"oneOf":[{"$ref":"/open/AssemblyAiAsyncConfig"},{"type":"null"}]},"assembly_ai_async_chunked":{"$ref":"/open/AssemblyAiAsyncChunkedConfig"},"assembly_ai_streaming":{"$ref":"/open/AssemblyAiStreamingConfig"},"assembly_ai_v3_streaming":{"$ref":"/open/AssemblyAiV3StreamingConfig"},"aws_transcribe_async":{"oneOf":[{"$ref":"/open/AwsTranscribeAsyncConfig"},{"type":"null"}]},"aws_transcribe_streaming":{"$ref":"/open/AwsTranscribeStreamingConfig"},"deepgram_async":{"oneOf":[{"$ref":"/open/DeepgramAsyncConfig"},{"type":"null"}]},"deepgram_streaming":{"$ref":"/open/DeepgramStreamingConfig"},"elevenlabs_async":{"oneOf":[{"$ref":"/open/ElevenlabsAsyncConfig"},{"type":"null"}]},"elevenlabs_streaming":{"$ref":"/open/ElevenlabsStreamingConfig"},"gladia_v1_async":{"$ref":"/open/GladiaV1AsyncConfig"},"gladia_v1_streaming":{"$ref":"/open/GladiaV1StreamingConfig"},"gladia_v2_async":{"oneOf":[{"$ref":"/open/GladiaV2AsyncConfig"},{"type":"null"}]},"gladia_v2_streaming":{"$ref":"/open/GladiaV2StreamingConfig"},"google_speech_v2_async":{"oneOf":[{"$ref":"/open/GoogleSpeechV2AsyncConfig"},{"type":"null"}]},"meeting_captions":{"$ref":"/open/MeetingCaptionsConfig"},"recallai_async":{"oneOf":[{"$ref":"/open/RecallaiAsyncConfig"},{"type":"null"}]},"recallai_streaming":{"$ref":"/open/RecallaiStreamingConfig"},"rev_async":{"oneOf":[{"$ref":"/open/RevAsyncConfig"},{"type":"null"}]},"rev_streaming":{"$ref":"/open/RevStreamingConfig"},"speechmatics_async":{"oneOf":[{"$ref":"/open/SpeechmaticsAsyncConfig"},{"type":"null"}]},"speechmatics_streaming":{"$ref":"/open/SpeechmaticsStreamingConfig"},"zoom_rtms":{"$ref":"/open/ZoomRtmsConfig"}},"required":["assembly_ai_async","aws_transcribe_async","deepgram_async","elevenlabs_async","gladia_v2_async","google_speech_v2_async","recallai_async","rev_async","speechmatics_async"],"type":"object"};
const func2 = Object.prototype.hasOwnProperty;
const schema74 = {"$id":"/open/AssemblyAiAsyncConfig","properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object"},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"language_code":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"string"}]},{"type":["string","null"]}]},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"multichannel":{"type":"boolean"},"prompt":{"type":"string"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":["integer","null"]},"speech_model":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"speech_threshold":{"type":["number","null"]},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"webhook_auth_header_name":{"type":["string","null"]},"webhook_auth_header_value":{"type":["string","null"]},"webhook_url":{"type":"string"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AssemblyAiAsyncConfig" */;
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
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.from !== undefined){
let data9 = data8.from;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err7 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from/" + i1,schemaPath:"#/properties/custom_spelling/items/properties/from/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from",schemaPath:"#/properties/custom_spelling/items/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data8.to !== undefined){
if(typeof data8.to !== "string"){
const err9 = {instancePath:instancePath+"/custom_spelling/" + i0+"/to",schemaPath:"#/properties/custom_spelling/items/properties/to/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err11 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err12 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err13 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err14 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err15 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err16 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err17 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err18 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data19 = data.keyterms_prompt;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err19 = {instancePath:instancePath+"/keyterms_prompt/" + i2,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err21 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.language_code !== undefined){
let data22 = data.language_code;
const _errs46 = errors;
let valid8 = false;
const _errs47 = errors;
const _errs48 = errors;
let valid9 = false;
const _errs49 = errors;
if(typeof data22 !== "string"){
const err22 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs49 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs51 = errors;
if(typeof data22 !== "string"){
const err23 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs51 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err24 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs47 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs53 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
const err25 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/1/type",keyword:"type",params:{type: schema74.properties.language_code.anyOf[1].type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs53 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err26 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data.language_confidence_threshold !== undefined){
let data23 = data.language_confidence_threshold;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err27 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err28 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err29 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err30 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err31 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err32 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err33 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err34 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data31 = data.redact_pii_policies;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
if(typeof data31[i3] !== "string"){
const err35 = {instancePath:instancePath+"/redact_pii_policies/" + i3,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
let data33 = data.redact_pii_sub;
const _errs76 = errors;
let valid12 = false;
const _errs77 = errors;
if(typeof data33 !== "string"){
const err37 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs77 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs79 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
const err38 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/1/type",keyword:"type",params:{type: schema74.properties.redact_pii_sub.anyOf[1].type}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs79 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err39 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err40 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err41 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data36 = data.speakers_expected;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
const err42 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: schema74.properties.speakers_expected.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.speech_model !== undefined){
let data37 = data.speech_model;
const _errs88 = errors;
let valid13 = false;
const _errs89 = errors;
if(typeof data37 !== "string"){
const err43 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs89 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs91 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
const err44 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/1/type",keyword:"type",params:{type: schema74.properties.speech_model.anyOf[1].type}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid3 = _errs91 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err45 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
}
if(data.speech_threshold !== undefined){
let data38 = data.speech_threshold;
if((!((typeof data38 == "number") && (isFinite(data38)))) && (data38 !== null)){
const err46 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: schema74.properties.speech_threshold.type}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err47 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err48 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err49 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.topics !== undefined){
let data42 = data.topics;
if(Array.isArray(data42)){
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
if(typeof data42[i4] !== "string"){
const err50 = {instancePath:instancePath+"/topics/" + i4,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.webhook_auth_header_name !== undefined){
let data44 = data.webhook_auth_header_name;
if((typeof data44 !== "string") && (data44 !== null)){
const err52 = {instancePath:instancePath+"/webhook_auth_header_name",schemaPath:"#/properties/webhook_auth_header_name/type",keyword:"type",params:{type: schema74.properties.webhook_auth_header_name.type}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.webhook_auth_header_value !== undefined){
let data45 = data.webhook_auth_header_value;
if((typeof data45 !== "string") && (data45 !== null)){
const err53 = {instancePath:instancePath+"/webhook_auth_header_value",schemaPath:"#/properties/webhook_auth_header_value/type",keyword:"type",params:{type: schema74.properties.webhook_auth_header_value.type}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.webhook_url !== undefined){
if(typeof data.webhook_url !== "string"){
const err54 = {instancePath:instancePath+"/webhook_url",schemaPath:"#/properties/webhook_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data47 = data.word_boost;
if(Array.isArray(data47)){
const len5 = data47.length;
for(let i5=0; i5<len5; i5++){
if(typeof data47[i5] !== "string"){
const err55 = {instancePath:instancePath+"/word_boost/" + i5,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate163.errors = vErrors;
return errors === 0;
}

const schema75 = {"$id":"/open/AssemblyAiAsyncChunkedConfig","properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"chunk_maximum":{"type":"integer"},"chunk_minimum":{"type":"integer"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object"},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language_code":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"string"}]},{"type":["string","null"]}]},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"multichannel":{"type":"boolean"},"prompt":{"type":"string"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":["integer","null"]},"speech_model":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"speech_threshold":{"type":["number","null"]},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AssemblyAiAsyncChunkedConfig" */;
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
if(data.chunk_maximum !== undefined){
let data5 = data.chunk_maximum;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/chunk_maximum",schemaPath:"#/properties/chunk_maximum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.chunk_minimum !== undefined){
let data6 = data.chunk_minimum;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err6 = {instancePath:instancePath+"/chunk_minimum",schemaPath:"#/properties/chunk_minimum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err7 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data8 = data.content_safety_confidence;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err8 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data9 = data.custom_spelling;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.from !== undefined){
let data11 = data10.from;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err9 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from/" + i1,schemaPath:"#/properties/custom_spelling/items/properties/from/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from",schemaPath:"#/properties/custom_spelling/items/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data10.to !== undefined){
if(typeof data10.to !== "string"){
const err11 = {instancePath:instancePath+"/custom_spelling/" + i0+"/to",schemaPath:"#/properties/custom_spelling/items/properties/to/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err14 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err15 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err16 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err17 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err18 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err19 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err20 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data21 = data.keyterms_prompt;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
if(typeof data21[i2] !== "string"){
const err21 = {instancePath:instancePath+"/keyterms_prompt/" + i2,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.language_code !== undefined){
let data23 = data.language_code;
const _errs48 = errors;
let valid8 = false;
const _errs49 = errors;
const _errs50 = errors;
let valid9 = false;
const _errs51 = errors;
if(typeof data23 !== "string"){
const err23 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs51 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs53 = errors;
if(typeof data23 !== "string"){
const err24 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err25 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs49 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs55 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
const err26 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/1/type",keyword:"type",params:{type: schema75.properties.language_code.anyOf[1].type}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs55 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err27 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.language_confidence_threshold !== undefined){
let data24 = data.language_confidence_threshold;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err28 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err29 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err30 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err31 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err32 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err33 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err34 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err35 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data32 = data.redact_pii_policies;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
if(typeof data32[i3] !== "string"){
const err36 = {instancePath:instancePath+"/redact_pii_policies/" + i3,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
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
const err37 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
let data34 = data.redact_pii_sub;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(typeof data34 !== "string"){
const err38 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs79 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs81 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
const err39 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/1/type",keyword:"type",params:{type: schema75.properties.redact_pii_sub.anyOf[1].type}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs81 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err40 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err41 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err42 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data37 = data.speakers_expected;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
const err43 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: schema75.properties.speakers_expected.type}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.speech_model !== undefined){
let data38 = data.speech_model;
const _errs90 = errors;
let valid13 = false;
const _errs91 = errors;
if(typeof data38 !== "string"){
const err44 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid3 = _errs91 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs93 = errors;
if((typeof data38 !== "string") && (data38 !== null)){
const err45 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/1/type",keyword:"type",params:{type: schema75.properties.speech_model.anyOf[1].type}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs93 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err46 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data.speech_threshold !== undefined){
let data39 = data.speech_threshold;
if((!((typeof data39 == "number") && (isFinite(data39)))) && (data39 !== null)){
const err47 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: schema75.properties.speech_threshold.type}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err48 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err49 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err50 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.topics !== undefined){
let data43 = data.topics;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
if(typeof data43[i4] !== "string"){
const err51 = {instancePath:instancePath+"/topics/" + i4,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data45 = data.word_boost;
if(Array.isArray(data45)){
const len5 = data45.length;
for(let i5=0; i5<len5; i5++){
if(typeof data45[i5] !== "string"){
const err53 = {instancePath:instancePath+"/word_boost/" + i5,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate165.errors = vErrors;
return errors === 0;
}

const schema76 = {"$id":"/open/AssemblyAiStreamingConfig","properties":{"disable_partial_transcripts":{"type":"boolean"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object"};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AssemblyAiStreamingConfig" */;
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
validate167.errors = vErrors;
return errors === 0;
}

const schema77 = {"$id":"/open/AssemblyAiV3StreamingConfig","properties":{"end_of_turn_confidence_threshold":{},"format_turns":{"type":"boolean"},"max_turn_silence":{},"min_end_of_turn_silence_when_confident":{}},"type":"object"};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AssemblyAiV3StreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format_turns !== undefined){
if(typeof data.format_turns !== "boolean"){
const err0 = {instancePath:instancePath+"/format_turns",schemaPath:"#/properties/format_turns/type",keyword:"type",params:{type: "boolean"}};
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
validate169.errors = vErrors;
return errors === 0;
}

const schema78 = {"$id":"/open/AwsTranscribeAsyncConfig","additionalProperties":true,"type":"object"};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AwsTranscribeAsyncConfig" */;
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
validate171.errors = vErrors;
return errors === 0;
}

const schema79 = {"$id":"/open/AwsTranscribeStreamingConfig","properties":{"content_identification_type":{"type":"string"},"content_redaction_type":{"type":"string"},"enable_partial_results_stabilization":{"type":"boolean"},"identify_language":{"type":"boolean"},"identify_multiple_languages":{"type":"boolean"},"language_code":{"type":"string"},"language_identification":{"type":"boolean"},"language_model_name":{"type":"string"},"language_options":{"type":"string"},"partial_results_stability":{"type":"string"},"pii_entity_types":{"type":"string"},"preferred_language":{"type":"string"},"region":{"type":"string"},"show_speaker_label":{"type":"boolean"},"vocabulary_filter_method":{"type":"string"},"vocabulary_filter_name":{"type":"string"},"vocabulary_filter_names":{"type":"string"},"vocabulary_name":{"type":"string"},"vocabulary_names":{"type":"string"}},"type":"object"};

function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/AwsTranscribeStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.content_identification_type !== undefined){
if(typeof data.content_identification_type !== "string"){
const err0 = {instancePath:instancePath+"/content_identification_type",schemaPath:"#/properties/content_identification_type/type",keyword:"type",params:{type: "string"}};
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
if(data.enable_partial_results_stabilization !== undefined){
if(typeof data.enable_partial_results_stabilization !== "boolean"){
const err2 = {instancePath:instancePath+"/enable_partial_results_stabilization",schemaPath:"#/properties/enable_partial_results_stabilization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.identify_language !== undefined){
if(typeof data.identify_language !== "boolean"){
const err3 = {instancePath:instancePath+"/identify_language",schemaPath:"#/properties/identify_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.identify_multiple_languages !== undefined){
if(typeof data.identify_multiple_languages !== "boolean"){
const err4 = {instancePath:instancePath+"/identify_multiple_languages",schemaPath:"#/properties/identify_multiple_languages/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err5 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.language_identification !== undefined){
if(typeof data.language_identification !== "boolean"){
const err6 = {instancePath:instancePath+"/language_identification",schemaPath:"#/properties/language_identification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.language_model_name !== undefined){
if(typeof data.language_model_name !== "string"){
const err7 = {instancePath:instancePath+"/language_model_name",schemaPath:"#/properties/language_model_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.language_options !== undefined){
if(typeof data.language_options !== "string"){
const err8 = {instancePath:instancePath+"/language_options",schemaPath:"#/properties/language_options/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.partial_results_stability !== undefined){
if(typeof data.partial_results_stability !== "string"){
const err9 = {instancePath:instancePath+"/partial_results_stability",schemaPath:"#/properties/partial_results_stability/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.pii_entity_types !== undefined){
if(typeof data.pii_entity_types !== "string"){
const err10 = {instancePath:instancePath+"/pii_entity_types",schemaPath:"#/properties/pii_entity_types/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.preferred_language !== undefined){
if(typeof data.preferred_language !== "string"){
const err11 = {instancePath:instancePath+"/preferred_language",schemaPath:"#/properties/preferred_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err12 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.show_speaker_label !== undefined){
if(typeof data.show_speaker_label !== "boolean"){
const err13 = {instancePath:instancePath+"/show_speaker_label",schemaPath:"#/properties/show_speaker_label/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vocabulary_filter_method !== undefined){
if(typeof data.vocabulary_filter_method !== "string"){
const err14 = {instancePath:instancePath+"/vocabulary_filter_method",schemaPath:"#/properties/vocabulary_filter_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.vocabulary_filter_name !== undefined){
if(typeof data.vocabulary_filter_name !== "string"){
const err15 = {instancePath:instancePath+"/vocabulary_filter_name",schemaPath:"#/properties/vocabulary_filter_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.vocabulary_filter_names !== undefined){
if(typeof data.vocabulary_filter_names !== "string"){
const err16 = {instancePath:instancePath+"/vocabulary_filter_names",schemaPath:"#/properties/vocabulary_filter_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.vocabulary_name !== undefined){
if(typeof data.vocabulary_name !== "string"){
const err17 = {instancePath:instancePath+"/vocabulary_name",schemaPath:"#/properties/vocabulary_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.vocabulary_names !== undefined){
if(typeof data.vocabulary_names !== "string"){
const err18 = {instancePath:instancePath+"/vocabulary_names",schemaPath:"#/properties/vocabulary_names/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate173.errors = vErrors;
return errors === 0;
}

const schema80 = {"$id":"/open/DeepgramAsyncConfig","properties":{"callback":{"type":"string"},"callback_method":{"type":"string"},"credential_id":{"type":"string"},"custom_intent":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"custom_intent_mode":{"type":"string"},"custom_topic":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"custom_topic_mode":{"type":"string"},"detect_entities":{"type":"boolean"},"detect_language":{"anyOf":[{"type":"boolean"},{"items":{"type":"string"},"type":"array"}]},"detect_topics":{"type":"boolean"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"dictation":{"type":"boolean"},"encoding":{"type":"string"},"extra":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"filler_words":{"type":"boolean"},"intents":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"language":{"type":"string"},"measurements":{"type":"boolean"},"mip_opt_out":{"type":"boolean"},"model":{"anyOf":[{"type":"string"},{"type":"string"}]},"multichannel":{"type":"boolean"},"numerals":{"type":"boolean"},"paragraphs":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"replace":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"search":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"sentiment":{"type":"boolean"},"smart_format":{"type":"boolean"},"summarize":{"type":["string","boolean"]},"tag":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"},{"type":"boolean"}]},"tier":{"type":"string"},"topics":{"type":"boolean"},"utt_split":{"type":"number"},"utterances":{"type":"boolean"},"version":{"anyOf":[{"type":"string"},{"type":"string"}]}},"type":"object"};

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/DeepgramAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callback !== undefined){
if(typeof data.callback !== "string"){
const err0 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.callback_method !== undefined){
if(typeof data.callback_method !== "string"){
const err1 = {instancePath:instancePath+"/callback_method",schemaPath:"#/properties/callback_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.credential_id !== undefined){
if(typeof data.credential_id !== "string"){
const err2 = {instancePath:instancePath+"/credential_id",schemaPath:"#/properties/credential_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.custom_intent !== undefined){
let data3 = data.custom_intent;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs11 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err4 = {instancePath:instancePath+"/custom_intent/" + i0,schemaPath:"#/properties/custom_intent/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err6 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.custom_intent_mode !== undefined){
if(typeof data.custom_intent_mode !== "string"){
const err7 = {instancePath:instancePath+"/custom_intent_mode",schemaPath:"#/properties/custom_intent_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.custom_topic !== undefined){
let data6 = data.custom_topic;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs21 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err9 = {instancePath:instancePath+"/custom_topic/" + i1,schemaPath:"#/properties/custom_topic/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err11 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(data.custom_topic_mode !== undefined){
if(typeof data.custom_topic_mode !== "string"){
const err12 = {instancePath:instancePath+"/custom_topic_mode",schemaPath:"#/properties/custom_topic_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.detect_entities !== undefined){
if(typeof data.detect_entities !== "boolean"){
const err13 = {instancePath:instancePath+"/detect_entities",schemaPath:"#/properties/detect_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.detect_language !== undefined){
let data10 = data.detect_language;
const _errs30 = errors;
let valid7 = false;
const _errs31 = errors;
if(typeof data10 !== "boolean"){
const err14 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs31 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs33 = errors;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(typeof data10[i2] !== "string"){
const err15 = {instancePath:instancePath+"/detect_language/" + i2,schemaPath:"#/properties/detect_language/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err17 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.detect_topics !== undefined){
if(typeof data.detect_topics !== "boolean"){
const err18 = {instancePath:instancePath+"/detect_topics",schemaPath:"#/properties/detect_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err19 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err20 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dictation !== undefined){
if(typeof data.dictation !== "boolean"){
const err21 = {instancePath:instancePath+"/dictation",schemaPath:"#/properties/dictation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.encoding !== undefined){
if(typeof data.encoding !== "string"){
const err22 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.extra !== undefined){
let data17 = data.extra;
const _errs48 = errors;
let valid10 = false;
const _errs49 = errors;
if(typeof data17 !== "string"){
const err23 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs49 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs51 = errors;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
if(typeof data17[i3] !== "string"){
const err24 = {instancePath:instancePath+"/extra/" + i3,schemaPath:"#/properties/extra/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err26 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err27 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.intents !== undefined){
if(typeof data.intents !== "boolean"){
const err28 = {instancePath:instancePath+"/intents",schemaPath:"#/properties/intents/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data21 = data.keyterm;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
if(typeof data21[i4] !== "string"){
const err29 = {instancePath:instancePath+"/keyterm/" + i4,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.keywords !== undefined){
let data23 = data.keywords;
const _errs64 = errors;
let valid15 = false;
const _errs65 = errors;
if(typeof data23 !== "string"){
const err31 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid4 = _errs65 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const _errs67 = errors;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
if(typeof data23[i5] !== "string"){
const err32 = {instancePath:instancePath+"/keywords/" + i5,schemaPath:"#/properties/keywords/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid4 = _errs67 === errors;
valid15 = valid15 || _valid4;
}
if(!valid15){
const err34 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err35 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.measurements !== undefined){
if(typeof data.measurements !== "boolean"){
const err36 = {instancePath:instancePath+"/measurements",schemaPath:"#/properties/measurements/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err37 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.model !== undefined){
let data28 = data.model;
const _errs78 = errors;
let valid18 = false;
const _errs79 = errors;
if(typeof data28 !== "string"){
const err38 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid5 = _errs79 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs81 = errors;
if(typeof data28 !== "string"){
const err39 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid5 = _errs81 === errors;
valid18 = valid18 || _valid5;
}
if(!valid18){
const err40 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err41 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err42 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.paragraphs !== undefined){
if(typeof data.paragraphs !== "boolean"){
const err43 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err44 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err45 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.redact !== undefined){
let data34 = data.redact;
const _errs94 = errors;
let valid19 = false;
const _errs95 = errors;
if(typeof data34 !== "string"){
const err46 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid6 = _errs95 === errors;
valid19 = valid19 || _valid6;
if(!valid19){
const _errs97 = errors;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
if(typeof data34[i6] !== "string"){
const err47 = {instancePath:instancePath+"/redact/" + i6,schemaPath:"#/properties/redact/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid6 = _errs97 === errors;
valid19 = valid19 || _valid6;
}
if(!valid19){
const err49 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
}
}
if(data.replace !== undefined){
let data36 = data.replace;
const _errs102 = errors;
let valid22 = false;
const _errs103 = errors;
if(typeof data36 !== "string"){
const err50 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid7 = _errs103 === errors;
valid22 = valid22 || _valid7;
if(!valid22){
const _errs105 = errors;
if(Array.isArray(data36)){
const len7 = data36.length;
for(let i7=0; i7<len7; i7++){
if(typeof data36[i7] !== "string"){
const err51 = {instancePath:instancePath+"/replace/" + i7,schemaPath:"#/properties/replace/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid7 = _errs105 === errors;
valid22 = valid22 || _valid7;
}
if(!valid22){
const err53 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data.search !== undefined){
let data38 = data.search;
const _errs110 = errors;
let valid25 = false;
const _errs111 = errors;
if(typeof data38 !== "string"){
const err54 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid8 = _errs111 === errors;
valid25 = valid25 || _valid8;
if(!valid25){
const _errs113 = errors;
if(Array.isArray(data38)){
const len8 = data38.length;
for(let i8=0; i8<len8; i8++){
if(typeof data38[i8] !== "string"){
const err55 = {instancePath:instancePath+"/search/" + i8,schemaPath:"#/properties/search/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid8 = _errs113 === errors;
valid25 = valid25 || _valid8;
}
if(!valid25){
const err57 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment !== undefined){
if(typeof data.sentiment !== "boolean"){
const err58 = {instancePath:instancePath+"/sentiment",schemaPath:"#/properties/sentiment/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err59 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.summarize !== undefined){
let data42 = data.summarize;
if((typeof data42 !== "string") && (typeof data42 !== "boolean")){
const err60 = {instancePath:instancePath+"/summarize",schemaPath:"#/properties/summarize/type",keyword:"type",params:{type: schema80.properties.summarize.type}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.tag !== undefined){
let data43 = data.tag;
const _errs124 = errors;
let valid28 = false;
const _errs125 = errors;
if(typeof data43 !== "string"){
const err61 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid9 = _errs125 === errors;
valid28 = valid28 || _valid9;
if(!valid28){
const _errs127 = errors;
if(Array.isArray(data43)){
const len9 = data43.length;
for(let i9=0; i9<len9; i9++){
if(typeof data43[i9] !== "string"){
const err62 = {instancePath:instancePath+"/tag/" + i9,schemaPath:"#/properties/tag/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid9 = _errs127 === errors;
valid28 = valid28 || _valid9;
if(!valid28){
const _errs131 = errors;
if(typeof data43 !== "boolean"){
const err64 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/2/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid9 = _errs131 === errors;
valid28 = valid28 || _valid9;
}
}
if(!valid28){
const err65 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err66 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.topics !== undefined){
if(typeof data.topics !== "boolean"){
const err67 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.utt_split !== undefined){
let data47 = data.utt_split;
if(!((typeof data47 == "number") && (isFinite(data47)))){
const err68 = {instancePath:instancePath+"/utt_split",schemaPath:"#/properties/utt_split/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.utterances !== undefined){
if(typeof data.utterances !== "boolean"){
const err69 = {instancePath:instancePath+"/utterances",schemaPath:"#/properties/utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.version !== undefined){
let data49 = data.version;
const _errs142 = errors;
let valid31 = false;
const _errs143 = errors;
if(typeof data49 !== "string"){
const err70 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid10 = _errs143 === errors;
valid31 = valid31 || _valid10;
if(!valid31){
const _errs145 = errors;
if(typeof data49 !== "string"){
const err71 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid10 = _errs145 === errors;
valid31 = valid31 || _valid10;
}
if(!valid31){
const err72 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs142;
if(vErrors !== null){
if(_errs142){
vErrors.length = _errs142;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err73 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
validate175.errors = vErrors;
return errors === 0;
}

const schema81 = {"$id":"/open/DeepgramStreamingConfig","properties":{"alternatives":{"type":"integer"},"diarize":{"type":["string","boolean"]},"diarize_version":{"type":"string"},"dictation":{"type":"string"},"endpointing":{"type":["integer","boolean","string"]},"extra":{},"filler_words":{"type":["string","boolean"]},"interim_results":{"type":["string","boolean"]},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"language":{"type":"string"},"log_data":{"type":"boolean"},"mip_opt_out":{"type":["boolean","string"]},"model":{"type":"string"},"multichannel":{"type":"string"},"ner":{"type":"boolean"},"numerals":{"type":["string","boolean"]},"profanity_filter":{"type":["string","boolean"]},"punctuate":{"type":["string","boolean"]},"redact":{"items":{"type":"string"},"type":["string","array"]},"replace":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"search":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"smart_format":{"type":["string","boolean"]},"tag":{},"tier":{"type":"string"},"utterance_end_ms":{},"vad_events":{"type":"string"},"version":{"type":"string"}},"type":"object"};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/DeepgramStreamingConfig" */;
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
let data1 = data.diarize;
if((typeof data1 !== "string") && (typeof data1 !== "boolean")){
const err1 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: schema81.properties.diarize.type}};
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
if(data.dictation !== undefined){
if(typeof data.dictation !== "string"){
const err3 = {instancePath:instancePath+"/dictation",schemaPath:"#/properties/dictation/type",keyword:"type",params:{type: "string"}};
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
let data4 = data.endpointing;
if(((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "boolean")) && (typeof data4 !== "string")){
const err4 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: schema81.properties.endpointing.type}};
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
let data5 = data.filler_words;
if((typeof data5 !== "string") && (typeof data5 !== "boolean")){
const err5 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: schema81.properties.filler_words.type}};
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
let data6 = data.interim_results;
if((typeof data6 !== "string") && (typeof data6 !== "boolean")){
const err6 = {instancePath:instancePath+"/interim_results",schemaPath:"#/properties/interim_results/type",keyword:"type",params:{type: schema81.properties.interim_results.type}};
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
let data7 = data.keyterm;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
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
let data9 = data.keywords;
const _errs20 = errors;
let valid3 = false;
const _errs21 = errors;
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs23 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err10 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err12 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err13 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.log_data !== undefined){
if(typeof data.log_data !== "boolean"){
const err14 = {instancePath:instancePath+"/log_data",schemaPath:"#/properties/log_data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
let data13 = data.mip_opt_out;
if((typeof data13 !== "boolean") && (typeof data13 !== "string")){
const err15 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: schema81.properties.mip_opt_out.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err16 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "string"){
const err17 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ner !== undefined){
if(typeof data.ner !== "boolean"){
const err18 = {instancePath:instancePath+"/ner",schemaPath:"#/properties/ner/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.numerals !== undefined){
let data17 = data.numerals;
if((typeof data17 !== "string") && (typeof data17 !== "boolean")){
const err19 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: schema81.properties.numerals.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
let data18 = data.profanity_filter;
if((typeof data18 !== "string") && (typeof data18 !== "boolean")){
const err20 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: schema81.properties.profanity_filter.type}};
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
let data19 = data.punctuate;
if((typeof data19 !== "string") && (typeof data19 !== "boolean")){
const err21 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: schema81.properties.punctuate.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.redact !== undefined){
let data20 = data.redact;
if((typeof data20 !== "string") && (!(Array.isArray(data20)))){
const err22 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: schema81.properties.redact.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(typeof data20[i2] !== "string"){
const err23 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
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
}
if(data.replace !== undefined){
let data22 = data.replace;
const _errs50 = errors;
let valid8 = false;
const _errs51 = errors;
if(typeof data22 !== "string"){
const err24 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs51 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs53 = errors;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
if(typeof data22[i3] !== "string"){
const err25 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err27 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.search !== undefined){
let data24 = data.search;
const _errs58 = errors;
let valid11 = false;
const _errs59 = errors;
if(typeof data24 !== "string"){
const err28 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs59 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs61 = errors;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
if(typeof data24[i4] !== "string"){
const err29 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs61 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err31 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data.smart_format !== undefined){
let data26 = data.smart_format;
if((typeof data26 !== "string") && (typeof data26 !== "boolean")){
const err32 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: schema81.properties.smart_format.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err33 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.vad_events !== undefined){
if(typeof data.vad_events !== "string"){
const err34 = {instancePath:instancePath+"/vad_events",schemaPath:"#/properties/vad_events/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err35 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}

const schema82 = {"$id":"/open/ElevenlabsAsyncConfig","additionalProperties":true,"type":"object"};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ElevenlabsAsyncConfig" */;
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
validate179.errors = vErrors;
return errors === 0;
}

const schema83 = {"$id":"/open/ElevenlabsStreamingConfig","properties":{"language_code":{"type":"string"},"model_id":{"type":"string"},"previous_text":{"type":"string"}},"type":"object"};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ElevenlabsStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err0 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.model_id !== undefined){
if(typeof data.model_id !== "string"){
const err1 = {instancePath:instancePath+"/model_id",schemaPath:"#/properties/model_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous_text !== undefined){
if(typeof data.previous_text !== "string"){
const err2 = {instancePath:instancePath+"/previous_text",schemaPath:"#/properties/previous_text/type",keyword:"type",params:{type: "string"}};
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
validate181.errors = vErrors;
return errors === 0;
}

const schema84 = {"$id":"/open/GladiaV1AsyncConfig","properties":{"diarization_max_speakers":{"type":"integer"},"diarization_min_speakers":{"type":"integer"},"diarization_num_speakers":{"type":"integer"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"target_translation_language":{"type":"string"},"toggle_diarization":{"type":"string"},"toggle_direct_translate":{"type":"boolean"},"toggle_noise_reduction":{"type":"boolean"},"transcription_hint":{"type":"string"}},"type":"object"};

function validate183(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/GladiaV1AsyncConfig" */;
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
validate183.errors = vErrors;
return errors === 0;
}

const schema85 = {"$id":"/open/GladiaV1StreamingConfig","properties":{"audio_enhancer":{"type":"boolean"},"endpointing":{"type":"number"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"model_type":{"type":"string"},"transcription_hint":{"type":"string"}},"type":"object"};

function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/GladiaV1StreamingConfig" */;
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
validate185.errors = vErrors;
return errors === 0;
}

const schema86 = {"$id":"/open/GladiaV2AsyncConfig","properties":{"audio_to_llm":{"type":"boolean"},"audio_to_llm_config":{"properties":{"prompts":{"items":{"items":{"type":"string"},"type":["array","string"]},"type":"array"}},"type":"object"},"callback":{"type":"boolean"},"callback_config":{"properties":{"method":{"type":"string"},"url":{"format":"uri","type":"string"}},"type":"object"},"callback_url":{"format":"uri","type":"string"},"chapterization":{"type":"boolean"},"code_switching_config":{"properties":{"languages":{"items":{"type":"string"},"type":"array"}},"type":"object"},"context_prompt":{"type":"string"},"custom_metadata":{"type":"object"},"custom_spelling":{"type":"boolean"},"custom_spelling_config":{"properties":{"spelling_dictionary":{"type":"object"}},"type":"object"},"custom_vocabulary":{"type":["boolean","string"]},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"anyOf":[{"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object"},{"type":"string"}]},"type":"array"}},"type":"object"},"detect_language":{"type":"boolean"},"diarization":{"type":"boolean"},"diarization_config":{"properties":{"enhanced":{"type":"boolean"},"max_speakers":{"type":"integer"},"min_speakers":{"type":"integer"},"number_of_speakers":{"type":"integer"}},"type":"object"},"display_mode":{"type":"boolean"},"enable_code_switching":{"type":"boolean"},"language":{"type":"string"},"language_config":{"properties":{"code_switching":{"type":"boolean"},"languages":{"items":{"type":"string"},"type":"array"}},"type":"object"},"moderation":{"type":"boolean"},"name_consistency":{"type":"boolean"},"named_entity_recognition":{"type":"boolean"},"punctuation_enhanced":{"type":"boolean"},"sentences":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"structured_data_extraction":{"type":"boolean"},"structured_data_extraction_config":{"properties":{"classes":{"items":{"items":{"type":"string"},"type":"array"},"type":"array"}},"type":"object"},"subtitles":{"type":"boolean"},"subtitles_config":{"properties":{"formats":{"items":{"type":"string"},"type":"array"},"maximum_characters_per_row":{"type":"integer"},"maximum_duration":{"type":"number"},"maximum_rows_per_caption":{"type":"integer"},"minimum_duration":{"type":"number"},"style":{"type":"string"}},"type":"object"},"summarization":{"type":"boolean"},"summarization_config":{"properties":{"type":{"type":"string"}},"type":"object"},"translation":{"type":"boolean"},"translation_config":{"properties":{"context":{"type":"string"},"context_adaptation":{"type":"boolean"},"informal":{"type":"boolean"},"lipsync":{"type":"boolean"},"match_original_utterances":{"type":"boolean"},"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"};
const formats28 = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/GladiaV2AsyncConfig" */;
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
let data1 = data.audio_to_llm_config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.prompts !== undefined){
let data2 = data1.prompts;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((!(Array.isArray(data3))) && (typeof data3 !== "string")){
const err1 = {instancePath:instancePath+"/audio_to_llm_config/prompts/" + i0,schemaPath:"#/properties/audio_to_llm_config/properties/prompts/items/type",keyword:"type",params:{type: schema86.properties.audio_to_llm_config.properties.prompts.items.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err2 = {instancePath:instancePath+"/audio_to_llm_config/prompts/" + i0+"/" + i1,schemaPath:"#/properties/audio_to_llm_config/properties/prompts/items/items/type",keyword:"type",params:{type: "string"}};
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
}
}
else {
const err3 = {instancePath:instancePath+"/audio_to_llm_config/prompts",schemaPath:"#/properties/audio_to_llm_config/properties/prompts/type",keyword:"type",params:{type: "array"}};
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
const err4 = {instancePath:instancePath+"/audio_to_llm_config",schemaPath:"#/properties/audio_to_llm_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.callback !== undefined){
if(typeof data.callback !== "boolean"){
const err5 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.callback_config !== undefined){
let data6 = data.callback_config;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.method !== undefined){
if(typeof data6.method !== "string"){
const err6 = {instancePath:instancePath+"/callback_config/method",schemaPath:"#/properties/callback_config/properties/method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.url !== undefined){
let data8 = data6.url;
if(typeof data8 === "string"){
if(!(formats28.test(data8))){
const err7 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/format",keyword:"format",params:{format: "uri"}};
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
const err8 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data9 = data.callback_url;
if(typeof data9 === "string"){
if(!(formats28.test(data9))){
const err10 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.chapterization !== undefined){
if(typeof data.chapterization !== "boolean"){
const err12 = {instancePath:instancePath+"/chapterization",schemaPath:"#/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code_switching_config !== undefined){
let data11 = data.code_switching_config;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.languages !== undefined){
let data12 = data11.languages;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err13 = {instancePath:instancePath+"/code_switching_config/languages/" + i2,schemaPath:"#/properties/code_switching_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/code_switching_config/languages",schemaPath:"#/properties/code_switching_config/properties/languages/type",keyword:"type",params:{type: "array"}};
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
const err15 = {instancePath:instancePath+"/code_switching_config",schemaPath:"#/properties/code_switching_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.context_prompt !== undefined){
if(typeof data.context_prompt !== "string"){
const err16 = {instancePath:instancePath+"/context_prompt",schemaPath:"#/properties/context_prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.custom_metadata !== undefined){
let data15 = data.custom_metadata;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err17 = {instancePath:instancePath+"/custom_metadata",schemaPath:"#/properties/custom_metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
if(typeof data.custom_spelling !== "boolean"){
const err18 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.custom_spelling_config !== undefined){
let data17 = data.custom_spelling_config;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.spelling_dictionary !== undefined){
let data18 = data17.spelling_dictionary;
if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){
const err19 = {instancePath:instancePath+"/custom_spelling_config/spelling_dictionary",schemaPath:"#/properties/custom_spelling_config/properties/spelling_dictionary/type",keyword:"type",params:{type: "object"}};
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
const err20 = {instancePath:instancePath+"/custom_spelling_config",schemaPath:"#/properties/custom_spelling_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
let data19 = data.custom_vocabulary;
if((typeof data19 !== "boolean") && (typeof data19 !== "string")){
const err21 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: schema86.properties.custom_vocabulary.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
let data20 = data.custom_vocabulary_config;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.default_intensity !== undefined){
let data21 = data20.default_intensity;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err22 = {instancePath:instancePath+"/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data20.vocabulary !== undefined){
let data22 = data20.vocabulary;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
const _errs48 = errors;
let valid14 = false;
const _errs49 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.intensity !== undefined){
let data24 = data23.intensity;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err23 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data23.language !== undefined){
if(typeof data23.language !== "string"){
const err24 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/language",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data23.pronunciations !== undefined){
let data26 = data23.pronunciations;
if(Array.isArray(data26)){
const len4 = data26.length;
for(let i4=0; i4<len4; i4++){
if(typeof data26[i4] !== "string"){
const err25 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/pronunciations/" + i4,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/pronunciations",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data23.value !== undefined){
if(typeof data23.value !== "string"){
const err27 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/value",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs49 === errors;
valid14 = valid14 || _valid0;
if(!valid14){
const _errs61 = errors;
if(typeof data23 !== "string"){
const err29 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs61 === errors;
valid14 = valid14 || _valid0;
}
if(!valid14){
const err30 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err33 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "boolean"){
const err34 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.diarization_config !== undefined){
let data31 = data.diarization_config;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.enhanced !== undefined){
if(typeof data31.enhanced !== "boolean"){
const err35 = {instancePath:instancePath+"/diarization_config/enhanced",schemaPath:"#/properties/diarization_config/properties/enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data31.max_speakers !== undefined){
let data33 = data31.max_speakers;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err36 = {instancePath:instancePath+"/diarization_config/max_speakers",schemaPath:"#/properties/diarization_config/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data31.min_speakers !== undefined){
let data34 = data31.min_speakers;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err37 = {instancePath:instancePath+"/diarization_config/min_speakers",schemaPath:"#/properties/diarization_config/properties/min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data31.number_of_speakers !== undefined){
let data35 = data31.number_of_speakers;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err38 = {instancePath:instancePath+"/diarization_config/number_of_speakers",schemaPath:"#/properties/diarization_config/properties/number_of_speakers/type",keyword:"type",params:{type: "integer"}};
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
const err39 = {instancePath:instancePath+"/diarization_config",schemaPath:"#/properties/diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.display_mode !== undefined){
if(typeof data.display_mode !== "boolean"){
const err40 = {instancePath:instancePath+"/display_mode",schemaPath:"#/properties/display_mode/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.enable_code_switching !== undefined){
if(typeof data.enable_code_switching !== "boolean"){
const err41 = {instancePath:instancePath+"/enable_code_switching",schemaPath:"#/properties/enable_code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err42 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.language_config !== undefined){
let data39 = data.language_config;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.code_switching !== undefined){
if(typeof data39.code_switching !== "boolean"){
const err43 = {instancePath:instancePath+"/language_config/code_switching",schemaPath:"#/properties/language_config/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data39.languages !== undefined){
let data41 = data39.languages;
if(Array.isArray(data41)){
const len5 = data41.length;
for(let i5=0; i5<len5; i5++){
if(typeof data41[i5] !== "string"){
const err44 = {instancePath:instancePath+"/language_config/languages/" + i5,schemaPath:"#/properties/language_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/language_config/languages",schemaPath:"#/properties/language_config/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.moderation !== undefined){
if(typeof data.moderation !== "boolean"){
const err47 = {instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.name_consistency !== undefined){
if(typeof data.name_consistency !== "boolean"){
const err48 = {instancePath:instancePath+"/name_consistency",schemaPath:"#/properties/name_consistency/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.named_entity_recognition !== undefined){
if(typeof data.named_entity_recognition !== "boolean"){
const err49 = {instancePath:instancePath+"/named_entity_recognition",schemaPath:"#/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.punctuation_enhanced !== undefined){
if(typeof data.punctuation_enhanced !== "boolean"){
const err50 = {instancePath:instancePath+"/punctuation_enhanced",schemaPath:"#/properties/punctuation_enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.sentences !== undefined){
if(typeof data.sentences !== "boolean"){
const err51 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err52 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.structured_data_extraction !== undefined){
if(typeof data.structured_data_extraction !== "boolean"){
const err53 = {instancePath:instancePath+"/structured_data_extraction",schemaPath:"#/properties/structured_data_extraction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.structured_data_extraction_config !== undefined){
let data50 = data.structured_data_extraction_config;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.classes !== undefined){
let data51 = data50.classes;
if(Array.isArray(data51)){
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
let data52 = data51[i6];
if(Array.isArray(data52)){
const len7 = data52.length;
for(let i7=0; i7<len7; i7++){
if(typeof data52[i7] !== "string"){
const err54 = {instancePath:instancePath+"/structured_data_extraction_config/classes/" + i6+"/" + i7,schemaPath:"#/properties/structured_data_extraction_config/properties/classes/items/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/structured_data_extraction_config/classes/" + i6,schemaPath:"#/properties/structured_data_extraction_config/properties/classes/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/structured_data_extraction_config/classes",schemaPath:"#/properties/structured_data_extraction_config/properties/classes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/structured_data_extraction_config",schemaPath:"#/properties/structured_data_extraction_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.subtitles !== undefined){
if(typeof data.subtitles !== "boolean"){
const err58 = {instancePath:instancePath+"/subtitles",schemaPath:"#/properties/subtitles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.subtitles_config !== undefined){
let data55 = data.subtitles_config;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.formats !== undefined){
let data56 = data55.formats;
if(Array.isArray(data56)){
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
if(typeof data56[i8] !== "string"){
const err59 = {instancePath:instancePath+"/subtitles_config/formats/" + i8,schemaPath:"#/properties/subtitles_config/properties/formats/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/subtitles_config/formats",schemaPath:"#/properties/subtitles_config/properties/formats/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data55.maximum_characters_per_row !== undefined){
let data58 = data55.maximum_characters_per_row;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err61 = {instancePath:instancePath+"/subtitles_config/maximum_characters_per_row",schemaPath:"#/properties/subtitles_config/properties/maximum_characters_per_row/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data55.maximum_duration !== undefined){
let data59 = data55.maximum_duration;
if(!((typeof data59 == "number") && (isFinite(data59)))){
const err62 = {instancePath:instancePath+"/subtitles_config/maximum_duration",schemaPath:"#/properties/subtitles_config/properties/maximum_duration/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data55.maximum_rows_per_caption !== undefined){
let data60 = data55.maximum_rows_per_caption;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err63 = {instancePath:instancePath+"/subtitles_config/maximum_rows_per_caption",schemaPath:"#/properties/subtitles_config/properties/maximum_rows_per_caption/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data55.minimum_duration !== undefined){
let data61 = data55.minimum_duration;
if(!((typeof data61 == "number") && (isFinite(data61)))){
const err64 = {instancePath:instancePath+"/subtitles_config/minimum_duration",schemaPath:"#/properties/subtitles_config/properties/minimum_duration/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data55.style !== undefined){
if(typeof data55.style !== "string"){
const err65 = {instancePath:instancePath+"/subtitles_config/style",schemaPath:"#/properties/subtitles_config/properties/style/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/subtitles_config",schemaPath:"#/properties/subtitles_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err67 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data64 = data.summarization_config;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.type !== undefined){
if(typeof data64.type !== "string"){
const err68 = {instancePath:instancePath+"/summarization_config/type",schemaPath:"#/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.translation !== undefined){
if(typeof data.translation !== "boolean"){
const err70 = {instancePath:instancePath+"/translation",schemaPath:"#/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data67 = data.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.context !== undefined){
if(typeof data67.context !== "string"){
const err71 = {instancePath:instancePath+"/translation_config/context",schemaPath:"#/properties/translation_config/properties/context/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data67.context_adaptation !== undefined){
if(typeof data67.context_adaptation !== "boolean"){
const err72 = {instancePath:instancePath+"/translation_config/context_adaptation",schemaPath:"#/properties/translation_config/properties/context_adaptation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data67.informal !== undefined){
if(typeof data67.informal !== "boolean"){
const err73 = {instancePath:instancePath+"/translation_config/informal",schemaPath:"#/properties/translation_config/properties/informal/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data67.lipsync !== undefined){
if(typeof data67.lipsync !== "boolean"){
const err74 = {instancePath:instancePath+"/translation_config/lipsync",schemaPath:"#/properties/translation_config/properties/lipsync/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data67.match_original_utterances !== undefined){
if(typeof data67.match_original_utterances !== "boolean"){
const err75 = {instancePath:instancePath+"/translation_config/match_original_utterances",schemaPath:"#/properties/translation_config/properties/match_original_utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data67.model !== undefined){
if(typeof data67.model !== "string"){
const err76 = {instancePath:instancePath+"/translation_config/model",schemaPath:"#/properties/translation_config/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data67.target_languages !== undefined){
let data74 = data67.target_languages;
if(Array.isArray(data74)){
const len9 = data74.length;
for(let i9=0; i9<len9; i9++){
if(typeof data74[i9] !== "string"){
const err77 = {instancePath:instancePath+"/translation_config/target_languages/" + i9,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
validate187.errors = vErrors;
return errors === 0;
}

const schema87 = {"$id":"/open/GladiaV2StreamingConfig","properties":{"audio_enhancer":{"type":"boolean"},"callback":{"type":"boolean"},"callback_config":{"properties":{"receive_acknowledgments":{"type":"boolean"},"receive_errors":{"type":"boolean"},"receive_final_transcripts":{"type":"boolean"},"receive_lifecycle_events":{"type":"boolean"},"receive_post_processing_events":{"type":"boolean"},"receive_pre_processing_events":{"type":"boolean"},"receive_realtime_processing_events":{"type":"boolean"},"receive_speech_events":{"type":"boolean"},"url":{"format":"uri","type":"string"}},"type":"object"},"code_switching":{"type":"boolean"},"custom_metadata":{"type":"object"},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"integer"},"vocabulary":{"items":{"properties":{"intensity":{"type":"integer"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object"},"type":"array"}},"type":"object"},"endpointing":{"type":"number"},"language_config":{"properties":{"code_switching":{"type":"boolean"},"languages":{"items":{"type":"string"},"type":"array"}},"type":"object"},"languages":{"items":{"type":"string"},"type":"array"},"maximum_duration_without_endpointing":{"type":"number"},"messages_config":{"properties":{"receive_acknowledgments":{"type":"boolean"},"receive_errors":{"type":"boolean"},"receive_final_transcripts":{"type":"boolean"},"receive_lifecycle_events":{"type":"boolean"},"receive_post_processing_events":{"type":"boolean"},"receive_pre_processing_events":{"type":"boolean"},"receive_realtime_processing_events":{"type":"boolean"},"receive_speech_events":{"type":"boolean"}},"type":"object"},"model":{"type":"string"},"post_processing":{"properties":{"chapterization":{"type":"boolean"},"summarization":{"type":"boolean"},"summarization_config":{"properties":{"type":{"type":"string"}},"type":"object"}},"type":"object"},"pre_processing":{"properties":{"audio_enhancer":{"type":"boolean"},"speech_threshold":{"type":"number"}},"type":"object"},"realtime_processing":{"properties":{"custom_spelling":{"type":"boolean"},"custom_spelling_config":{"properties":{"spelling_dictionary":{"type":"object"}},"type":"object"},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"anyOf":[{"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object"},{"type":"string"}]},"type":"array"}},"type":"object"},"named_entity_recognition":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"translation":{"type":"boolean"},"translation_config":{"properties":{"context":{"type":"string"},"context_adaptation":{"type":"boolean"},"informal":{"type":"boolean"},"lipsync":{"type":"boolean"},"match_original_utterances":{"type":"boolean"},"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"},"region":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speech_threshold":{"type":"integer"}},"type":"object"};

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/GladiaV2StreamingConfig" */;
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
if(data.callback !== undefined){
if(typeof data.callback !== "boolean"){
const err1 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.callback_config !== undefined){
let data2 = data.callback_config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.receive_acknowledgments !== undefined){
if(typeof data2.receive_acknowledgments !== "boolean"){
const err2 = {instancePath:instancePath+"/callback_config/receive_acknowledgments",schemaPath:"#/properties/callback_config/properties/receive_acknowledgments/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.receive_errors !== undefined){
if(typeof data2.receive_errors !== "boolean"){
const err3 = {instancePath:instancePath+"/callback_config/receive_errors",schemaPath:"#/properties/callback_config/properties/receive_errors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.receive_final_transcripts !== undefined){
if(typeof data2.receive_final_transcripts !== "boolean"){
const err4 = {instancePath:instancePath+"/callback_config/receive_final_transcripts",schemaPath:"#/properties/callback_config/properties/receive_final_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.receive_lifecycle_events !== undefined){
if(typeof data2.receive_lifecycle_events !== "boolean"){
const err5 = {instancePath:instancePath+"/callback_config/receive_lifecycle_events",schemaPath:"#/properties/callback_config/properties/receive_lifecycle_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.receive_post_processing_events !== undefined){
if(typeof data2.receive_post_processing_events !== "boolean"){
const err6 = {instancePath:instancePath+"/callback_config/receive_post_processing_events",schemaPath:"#/properties/callback_config/properties/receive_post_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.receive_pre_processing_events !== undefined){
if(typeof data2.receive_pre_processing_events !== "boolean"){
const err7 = {instancePath:instancePath+"/callback_config/receive_pre_processing_events",schemaPath:"#/properties/callback_config/properties/receive_pre_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.receive_realtime_processing_events !== undefined){
if(typeof data2.receive_realtime_processing_events !== "boolean"){
const err8 = {instancePath:instancePath+"/callback_config/receive_realtime_processing_events",schemaPath:"#/properties/callback_config/properties/receive_realtime_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.receive_speech_events !== undefined){
if(typeof data2.receive_speech_events !== "boolean"){
const err9 = {instancePath:instancePath+"/callback_config/receive_speech_events",schemaPath:"#/properties/callback_config/properties/receive_speech_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.url !== undefined){
let data11 = data2.url;
if(typeof data11 === "string"){
if(!(formats28.test(data11))){
const err10 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code_switching !== undefined){
if(typeof data.code_switching !== "boolean"){
const err13 = {instancePath:instancePath+"/code_switching",schemaPath:"#/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.custom_metadata !== undefined){
let data13 = data.custom_metadata;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err14 = {instancePath:instancePath+"/custom_metadata",schemaPath:"#/properties/custom_metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "boolean"){
const err15 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
let data15 = data.custom_vocabulary_config;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.default_intensity !== undefined){
let data16 = data15.default_intensity;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err16 = {instancePath:instancePath+"/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data15.vocabulary !== undefined){
let data17 = data15.vocabulary;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.intensity !== undefined){
let data19 = data18.intensity;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err17 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/intensity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data18.language !== undefined){
if(typeof data18.language !== "string"){
const err18 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/language",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data18.pronunciations !== undefined){
let data21 = data18.pronunciations;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
if(typeof data21[i1] !== "string"){
const err19 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/pronunciations/" + i1,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/pronunciations",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data18.value !== undefined){
if(typeof data18.value !== "string"){
const err21 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/value",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/type",keyword:"type",params:{type: "object"}};
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
const err23 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
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
const err24 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data24 = data.endpointing;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err25 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.language_config !== undefined){
let data25 = data.language_config;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.code_switching !== undefined){
if(typeof data25.code_switching !== "boolean"){
const err26 = {instancePath:instancePath+"/language_config/code_switching",schemaPath:"#/properties/language_config/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data25.languages !== undefined){
let data27 = data25.languages;
if(Array.isArray(data27)){
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
if(typeof data27[i2] !== "string"){
const err27 = {instancePath:instancePath+"/language_config/languages/" + i2,schemaPath:"#/properties/language_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/language_config/languages",schemaPath:"#/properties/language_config/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.languages !== undefined){
let data29 = data.languages;
if(Array.isArray(data29)){
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
if(typeof data29[i3] !== "string"){
const err30 = {instancePath:instancePath+"/languages/" + i3,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.maximum_duration_without_endpointing !== undefined){
let data31 = data.maximum_duration_without_endpointing;
if(!((typeof data31 == "number") && (isFinite(data31)))){
const err32 = {instancePath:instancePath+"/maximum_duration_without_endpointing",schemaPath:"#/properties/maximum_duration_without_endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.messages_config !== undefined){
let data32 = data.messages_config;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.receive_acknowledgments !== undefined){
if(typeof data32.receive_acknowledgments !== "boolean"){
const err33 = {instancePath:instancePath+"/messages_config/receive_acknowledgments",schemaPath:"#/properties/messages_config/properties/receive_acknowledgments/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data32.receive_errors !== undefined){
if(typeof data32.receive_errors !== "boolean"){
const err34 = {instancePath:instancePath+"/messages_config/receive_errors",schemaPath:"#/properties/messages_config/properties/receive_errors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data32.receive_final_transcripts !== undefined){
if(typeof data32.receive_final_transcripts !== "boolean"){
const err35 = {instancePath:instancePath+"/messages_config/receive_final_transcripts",schemaPath:"#/properties/messages_config/properties/receive_final_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data32.receive_lifecycle_events !== undefined){
if(typeof data32.receive_lifecycle_events !== "boolean"){
const err36 = {instancePath:instancePath+"/messages_config/receive_lifecycle_events",schemaPath:"#/properties/messages_config/properties/receive_lifecycle_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data32.receive_post_processing_events !== undefined){
if(typeof data32.receive_post_processing_events !== "boolean"){
const err37 = {instancePath:instancePath+"/messages_config/receive_post_processing_events",schemaPath:"#/properties/messages_config/properties/receive_post_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data32.receive_pre_processing_events !== undefined){
if(typeof data32.receive_pre_processing_events !== "boolean"){
const err38 = {instancePath:instancePath+"/messages_config/receive_pre_processing_events",schemaPath:"#/properties/messages_config/properties/receive_pre_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data32.receive_realtime_processing_events !== undefined){
if(typeof data32.receive_realtime_processing_events !== "boolean"){
const err39 = {instancePath:instancePath+"/messages_config/receive_realtime_processing_events",schemaPath:"#/properties/messages_config/properties/receive_realtime_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data32.receive_speech_events !== undefined){
if(typeof data32.receive_speech_events !== "boolean"){
const err40 = {instancePath:instancePath+"/messages_config/receive_speech_events",schemaPath:"#/properties/messages_config/properties/receive_speech_events/type",keyword:"type",params:{type: "boolean"}};
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
const err41 = {instancePath:instancePath+"/messages_config",schemaPath:"#/properties/messages_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err42 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.post_processing !== undefined){
let data42 = data.post_processing;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.chapterization !== undefined){
if(typeof data42.chapterization !== "boolean"){
const err43 = {instancePath:instancePath+"/post_processing/chapterization",schemaPath:"#/properties/post_processing/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data42.summarization !== undefined){
if(typeof data42.summarization !== "boolean"){
const err44 = {instancePath:instancePath+"/post_processing/summarization",schemaPath:"#/properties/post_processing/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data42.summarization_config !== undefined){
let data45 = data42.summarization_config;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.type !== undefined){
if(typeof data45.type !== "string"){
const err45 = {instancePath:instancePath+"/post_processing/summarization_config/type",schemaPath:"#/properties/post_processing/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/post_processing/summarization_config",schemaPath:"#/properties/post_processing/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/post_processing",schemaPath:"#/properties/post_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.pre_processing !== undefined){
let data47 = data.pre_processing;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.audio_enhancer !== undefined){
if(typeof data47.audio_enhancer !== "boolean"){
const err48 = {instancePath:instancePath+"/pre_processing/audio_enhancer",schemaPath:"#/properties/pre_processing/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data47.speech_threshold !== undefined){
let data49 = data47.speech_threshold;
if(!((typeof data49 == "number") && (isFinite(data49)))){
const err49 = {instancePath:instancePath+"/pre_processing/speech_threshold",schemaPath:"#/properties/pre_processing/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/pre_processing",schemaPath:"#/properties/pre_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.realtime_processing !== undefined){
let data50 = data.realtime_processing;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.custom_spelling !== undefined){
if(typeof data50.custom_spelling !== "boolean"){
const err51 = {instancePath:instancePath+"/realtime_processing/custom_spelling",schemaPath:"#/properties/realtime_processing/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data50.custom_spelling_config !== undefined){
let data52 = data50.custom_spelling_config;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.spelling_dictionary !== undefined){
let data53 = data52.spelling_dictionary;
if(!(data53 && typeof data53 == "object" && !Array.isArray(data53))){
const err52 = {instancePath:instancePath+"/realtime_processing/custom_spelling_config/spelling_dictionary",schemaPath:"#/properties/realtime_processing/properties/custom_spelling_config/properties/spelling_dictionary/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/realtime_processing/custom_spelling_config",schemaPath:"#/properties/realtime_processing/properties/custom_spelling_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data50.custom_vocabulary !== undefined){
if(typeof data50.custom_vocabulary !== "boolean"){
const err54 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data50.custom_vocabulary_config !== undefined){
let data55 = data50.custom_vocabulary_config;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.default_intensity !== undefined){
let data56 = data55.default_intensity;
if(!((typeof data56 == "number") && (isFinite(data56)))){
const err55 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data55.vocabulary !== undefined){
let data57 = data55.vocabulary;
if(Array.isArray(data57)){
const len4 = data57.length;
for(let i4=0; i4<len4; i4++){
let data58 = data57[i4];
const _errs118 = errors;
let valid22 = false;
const _errs119 = errors;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.intensity !== undefined){
let data59 = data58.intensity;
if(!((typeof data59 == "number") && (isFinite(data59)))){
const err56 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/intensity",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data58.language !== undefined){
if(typeof data58.language !== "string"){
const err57 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/language",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data58.pronunciations !== undefined){
let data61 = data58.pronunciations;
if(Array.isArray(data61)){
const len5 = data61.length;
for(let i5=0; i5<len5; i5++){
if(typeof data61[i5] !== "string"){
const err58 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/pronunciations/" + i5,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/pronunciations",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data58.value !== undefined){
if(typeof data58.value !== "string"){
const err60 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/value",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid0 = _errs119 === errors;
valid22 = valid22 || _valid0;
if(!valid22){
const _errs131 = errors;
if(typeof data58 !== "string"){
const err62 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid0 = _errs131 === errors;
valid22 = valid22 || _valid0;
}
if(!valid22){
const err63 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data50.named_entity_recognition !== undefined){
if(typeof data50.named_entity_recognition !== "boolean"){
const err66 = {instancePath:instancePath+"/realtime_processing/named_entity_recognition",schemaPath:"#/properties/realtime_processing/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data50.sentiment_analysis !== undefined){
if(typeof data50.sentiment_analysis !== "boolean"){
const err67 = {instancePath:instancePath+"/realtime_processing/sentiment_analysis",schemaPath:"#/properties/realtime_processing/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data50.translation !== undefined){
if(typeof data50.translation !== "boolean"){
const err68 = {instancePath:instancePath+"/realtime_processing/translation",schemaPath:"#/properties/realtime_processing/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data50.translation_config !== undefined){
let data67 = data50.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.context !== undefined){
if(typeof data67.context !== "string"){
const err69 = {instancePath:instancePath+"/realtime_processing/translation_config/context",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/context/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data67.context_adaptation !== undefined){
if(typeof data67.context_adaptation !== "boolean"){
const err70 = {instancePath:instancePath+"/realtime_processing/translation_config/context_adaptation",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/context_adaptation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data67.informal !== undefined){
if(typeof data67.informal !== "boolean"){
const err71 = {instancePath:instancePath+"/realtime_processing/translation_config/informal",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/informal/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data67.lipsync !== undefined){
if(typeof data67.lipsync !== "boolean"){
const err72 = {instancePath:instancePath+"/realtime_processing/translation_config/lipsync",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/lipsync/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data67.match_original_utterances !== undefined){
if(typeof data67.match_original_utterances !== "boolean"){
const err73 = {instancePath:instancePath+"/realtime_processing/translation_config/match_original_utterances",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/match_original_utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data67.model !== undefined){
if(typeof data67.model !== "string"){
const err74 = {instancePath:instancePath+"/realtime_processing/translation_config/model",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data67.target_languages !== undefined){
let data74 = data67.target_languages;
if(Array.isArray(data74)){
const len6 = data74.length;
for(let i6=0; i6<len6; i6++){
if(typeof data74[i6] !== "string"){
const err75 = {instancePath:instancePath+"/realtime_processing/translation_config/target_languages/" + i6,schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/realtime_processing/translation_config/target_languages",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/realtime_processing/translation_config",schemaPath:"#/properties/realtime_processing/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/realtime_processing",schemaPath:"#/properties/realtime_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err79 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err80 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data78 = data.speech_threshold;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err81 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate189.errors = vErrors;
return errors === 0;
}

const schema88 = {"$id":"/open/GoogleSpeechV2AsyncConfig","additionalProperties":true,"type":"object"};

function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/GoogleSpeechV2AsyncConfig" */;
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
validate191.errors = vErrors;
return errors === 0;
}

const schema89 = {"$id":"/open/MeetingCaptionsConfig","properties":{"language_code":{"type":["string","null"]}},"type":"object"};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MeetingCaptionsConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.language_code !== undefined){
let data0 = data.language_code;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: schema89.properties.language_code.type}};
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
validate193.errors = vErrors;
return errors === 0;
}

const schema90 = {"$id":"/open/RecallaiAsyncConfig","properties":{"filter_profanity":{"type":"boolean"},"key_terms":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"spelling":{"items":{"properties":{"find":{"items":{"type":"string"},"type":"array"},"replace":{"type":"string"}},"type":"object"},"type":"array"}},"type":"object"};

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RecallaiAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err0 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.key_terms !== undefined){
let data1 = data.key_terms;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/key_terms/" + i0,schemaPath:"#/properties/key_terms/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/key_terms",schemaPath:"#/properties/key_terms/type",keyword:"type",params:{type: "array"}};
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
if(data.spelling !== undefined){
let data4 = data.spelling;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.find !== undefined){
let data6 = data5.find;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(typeof data6[i2] !== "string"){
const err4 = {instancePath:instancePath+"/spelling/" + i1+"/find/" + i2,schemaPath:"#/properties/spelling/items/properties/find/items/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/spelling/" + i1+"/find",schemaPath:"#/properties/spelling/items/properties/find/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.replace !== undefined){
if(typeof data5.replace !== "string"){
const err6 = {instancePath:instancePath+"/spelling/" + i1+"/replace",schemaPath:"#/properties/spelling/items/properties/replace/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/spelling",schemaPath:"#/properties/spelling/type",keyword:"type",params:{type: "array"}};
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
validate195.errors = vErrors;
return errors === 0;
}

const schema91 = {"$id":"/open/RecallaiStreamingConfig","properties":{"filter_profanity":{"type":"boolean"},"key_terms":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"mode":{"type":"string"},"spelling":{"items":{"properties":{"find":{"items":{"type":"string"},"type":"array"},"replace":{"type":"string"}},"type":"object"},"type":"array"}},"type":"object"};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RecallaiStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err0 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.key_terms !== undefined){
let data1 = data.key_terms;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/key_terms/" + i0,schemaPath:"#/properties/key_terms/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/key_terms",schemaPath:"#/properties/key_terms/type",keyword:"type",params:{type: "array"}};
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
if(data.mode !== undefined){
if(typeof data.mode !== "string"){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spelling !== undefined){
let data5 = data.spelling;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.find !== undefined){
let data7 = data6.find;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(typeof data7[i2] !== "string"){
const err5 = {instancePath:instancePath+"/spelling/" + i1+"/find/" + i2,schemaPath:"#/properties/spelling/items/properties/find/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/spelling/" + i1+"/find",schemaPath:"#/properties/spelling/items/properties/find/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.replace !== undefined){
if(typeof data6.replace !== "string"){
const err7 = {instancePath:instancePath+"/spelling/" + i1+"/replace",schemaPath:"#/properties/spelling/items/properties/replace/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath:instancePath+"/spelling",schemaPath:"#/properties/spelling/type",keyword:"type",params:{type: "array"}};
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
validate197.errors = vErrors;
return errors === 0;
}

const schema92 = {"$id":"/open/RevAsyncConfig","properties":{"add_data_labels":{"type":["boolean","null"]},"alternatives_count":{"type":["integer","null"]},"apply_duration_padding":{"type":["boolean","null"]},"captions_config":{"type":"object"},"chunk_size":{"type":["string","null"]},"custom_vocabularies":{"items":{"properties":{"phrases":{"items":{"type":"string"},"type":"array"}},"type":["object","string"]},"type":["array","null"]},"custom_vocabulary_id":{"type":["string","null"]},"delete_after":{"type":["string","null"]},"deletion_length_penalty":{"type":["integer","null"]},"detect_language":{"type":"boolean"},"diarization_type":{"type":"integer"},"domain":{"type":"integer"},"enable_fusion":{"type":["boolean","null"]},"enable_redaction":{"type":["boolean","null"]},"filter_profanity":{"type":["boolean","null"]},"forced_alignment":{"type":["boolean","null"]},"language":{"type":["string","null"]},"metadata":{"type":["string","null"]},"predict_topics":{"type":["boolean","null"]},"remove_atmospherics":{"type":["boolean","null"]},"remove_disfluencies":{"type":["boolean","null"]},"rush":{"type":["boolean","null"]},"segments_to_transcribe":{"items":{"properties":{"end":{"type":"string"},"start":{"type":"string"}},"type":"object"},"type":["array","null"]},"skip_diarization":{"type":["boolean","null"]},"skip_postprocessing":{"type":["boolean","null"]},"skip_punctuation":{"type":["boolean","null"]},"speaker_channels_count":{"type":["integer","null"]},"speaker_names":{"items":{"properties":{"display_name":{"type":"string"}},"type":"object"},"type":["array","null"]},"speakers_count":{"type":["integer","null"]},"strict_custom_vocabulary":{"type":["boolean","null"]},"summarization_config":{"properties":{"model":{"type":"integer"},"prompt":{"type":["string","null"]},"type":{"type":"integer"}},"type":"object"},"test_mode":{"type":["boolean","null"]},"top_nwords":{"type":["integer","null"]},"transcriber":{"type":"integer"},"translation_config":{"properties":{"target_languages":{"items":{"properties":{"language":{"type":"string"},"model":{"type":"integer"}},"type":"object"},"type":"array"}},"type":"object"},"verbatim":{"type":["boolean","null"]}},"type":"object"};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RevAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add_data_labels !== undefined){
let data0 = data.add_data_labels;
if((typeof data0 !== "boolean") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/add_data_labels",schemaPath:"#/properties/add_data_labels/type",keyword:"type",params:{type: schema92.properties.add_data_labels.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.alternatives_count !== undefined){
let data1 = data.alternatives_count;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/alternatives_count",schemaPath:"#/properties/alternatives_count/type",keyword:"type",params:{type: schema92.properties.alternatives_count.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.apply_duration_padding !== undefined){
let data2 = data.apply_duration_padding;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/apply_duration_padding",schemaPath:"#/properties/apply_duration_padding/type",keyword:"type",params:{type: schema92.properties.apply_duration_padding.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.captions_config !== undefined){
let data3 = data.captions_config;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err3 = {instancePath:instancePath+"/captions_config",schemaPath:"#/properties/captions_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.chunk_size !== undefined){
let data4 = data.chunk_size;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/chunk_size",schemaPath:"#/properties/chunk_size/type",keyword:"type",params:{type: schema92.properties.chunk_size.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.custom_vocabularies !== undefined){
let data5 = data.custom_vocabularies;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err5 = {instancePath:instancePath+"/custom_vocabularies",schemaPath:"#/properties/custom_vocabularies/type",keyword:"type",params:{type: schema92.properties.custom_vocabularies.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (typeof data6 !== "string")){
const err6 = {instancePath:instancePath+"/custom_vocabularies/" + i0,schemaPath:"#/properties/custom_vocabularies/items/type",keyword:"type",params:{type: schema92.properties.custom_vocabularies.items.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.phrases !== undefined){
let data7 = data6.phrases;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err7 = {instancePath:instancePath+"/custom_vocabularies/" + i0+"/phrases/" + i1,schemaPath:"#/properties/custom_vocabularies/items/properties/phrases/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/custom_vocabularies/" + i0+"/phrases",schemaPath:"#/properties/custom_vocabularies/items/properties/phrases/type",keyword:"type",params:{type: "array"}};
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
}
}
}
if(data.custom_vocabulary_id !== undefined){
let data9 = data.custom_vocabulary_id;
if((typeof data9 !== "string") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: schema92.properties.custom_vocabulary_id.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.delete_after !== undefined){
let data10 = data.delete_after;
if((typeof data10 !== "string") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/delete_after",schemaPath:"#/properties/delete_after/type",keyword:"type",params:{type: schema92.properties.delete_after.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.deletion_length_penalty !== undefined){
let data11 = data.deletion_length_penalty;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err11 = {instancePath:instancePath+"/deletion_length_penalty",schemaPath:"#/properties/deletion_length_penalty/type",keyword:"type",params:{type: schema92.properties.deletion_length_penalty.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err12 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.diarization_type !== undefined){
let data13 = data.diarization_type;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err13 = {instancePath:instancePath+"/diarization_type",schemaPath:"#/properties/diarization_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.domain !== undefined){
let data14 = data.domain;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err14 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.enable_fusion !== undefined){
let data15 = data.enable_fusion;
if((typeof data15 !== "boolean") && (data15 !== null)){
const err15 = {instancePath:instancePath+"/enable_fusion",schemaPath:"#/properties/enable_fusion/type",keyword:"type",params:{type: schema92.properties.enable_fusion.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.enable_redaction !== undefined){
let data16 = data.enable_redaction;
if((typeof data16 !== "boolean") && (data16 !== null)){
const err16 = {instancePath:instancePath+"/enable_redaction",schemaPath:"#/properties/enable_redaction/type",keyword:"type",params:{type: schema92.properties.enable_redaction.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
let data17 = data.filter_profanity;
if((typeof data17 !== "boolean") && (data17 !== null)){
const err17 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: schema92.properties.filter_profanity.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.forced_alignment !== undefined){
let data18 = data.forced_alignment;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err18 = {instancePath:instancePath+"/forced_alignment",schemaPath:"#/properties/forced_alignment/type",keyword:"type",params:{type: schema92.properties.forced_alignment.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.language !== undefined){
let data19 = data.language;
if((typeof data19 !== "string") && (data19 !== null)){
const err19 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: schema92.properties.language.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.metadata !== undefined){
let data20 = data.metadata;
if((typeof data20 !== "string") && (data20 !== null)){
const err20 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema92.properties.metadata.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.predict_topics !== undefined){
let data21 = data.predict_topics;
if((typeof data21 !== "boolean") && (data21 !== null)){
const err21 = {instancePath:instancePath+"/predict_topics",schemaPath:"#/properties/predict_topics/type",keyword:"type",params:{type: schema92.properties.predict_topics.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.remove_atmospherics !== undefined){
let data22 = data.remove_atmospherics;
if((typeof data22 !== "boolean") && (data22 !== null)){
const err22 = {instancePath:instancePath+"/remove_atmospherics",schemaPath:"#/properties/remove_atmospherics/type",keyword:"type",params:{type: schema92.properties.remove_atmospherics.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
let data23 = data.remove_disfluencies;
if((typeof data23 !== "boolean") && (data23 !== null)){
const err23 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: schema92.properties.remove_disfluencies.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.rush !== undefined){
let data24 = data.rush;
if((typeof data24 !== "boolean") && (data24 !== null)){
const err24 = {instancePath:instancePath+"/rush",schemaPath:"#/properties/rush/type",keyword:"type",params:{type: schema92.properties.rush.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.segments_to_transcribe !== undefined){
let data25 = data.segments_to_transcribe;
if((!(Array.isArray(data25))) && (data25 !== null)){
const err25 = {instancePath:instancePath+"/segments_to_transcribe",schemaPath:"#/properties/segments_to_transcribe/type",keyword:"type",params:{type: schema92.properties.segments_to_transcribe.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.end !== undefined){
if(typeof data26.end !== "string"){
const err26 = {instancePath:instancePath+"/segments_to_transcribe/" + i2+"/end",schemaPath:"#/properties/segments_to_transcribe/items/properties/end/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data26.start !== undefined){
if(typeof data26.start !== "string"){
const err27 = {instancePath:instancePath+"/segments_to_transcribe/" + i2+"/start",schemaPath:"#/properties/segments_to_transcribe/items/properties/start/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/segments_to_transcribe/" + i2,schemaPath:"#/properties/segments_to_transcribe/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
if(data.skip_diarization !== undefined){
let data29 = data.skip_diarization;
if((typeof data29 !== "boolean") && (data29 !== null)){
const err29 = {instancePath:instancePath+"/skip_diarization",schemaPath:"#/properties/skip_diarization/type",keyword:"type",params:{type: schema92.properties.skip_diarization.type}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
let data30 = data.skip_postprocessing;
if((typeof data30 !== "boolean") && (data30 !== null)){
const err30 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: schema92.properties.skip_postprocessing.type}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.skip_punctuation !== undefined){
let data31 = data.skip_punctuation;
if((typeof data31 !== "boolean") && (data31 !== null)){
const err31 = {instancePath:instancePath+"/skip_punctuation",schemaPath:"#/properties/skip_punctuation/type",keyword:"type",params:{type: schema92.properties.skip_punctuation.type}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.speaker_channels_count !== undefined){
let data32 = data.speaker_channels_count;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
const err32 = {instancePath:instancePath+"/speaker_channels_count",schemaPath:"#/properties/speaker_channels_count/type",keyword:"type",params:{type: schema92.properties.speaker_channels_count.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.speaker_names !== undefined){
let data33 = data.speaker_names;
if((!(Array.isArray(data33))) && (data33 !== null)){
const err33 = {instancePath:instancePath+"/speaker_names",schemaPath:"#/properties/speaker_names/type",keyword:"type",params:{type: schema92.properties.speaker_names.type}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(Array.isArray(data33)){
const len3 = data33.length;
for(let i3=0; i3<len3; i3++){
let data34 = data33[i3];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.display_name !== undefined){
if(typeof data34.display_name !== "string"){
const err34 = {instancePath:instancePath+"/speaker_names/" + i3+"/display_name",schemaPath:"#/properties/speaker_names/items/properties/display_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/speaker_names/" + i3,schemaPath:"#/properties/speaker_names/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
if(data.speakers_count !== undefined){
let data36 = data.speakers_count;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
const err36 = {instancePath:instancePath+"/speakers_count",schemaPath:"#/properties/speakers_count/type",keyword:"type",params:{type: schema92.properties.speakers_count.type}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.strict_custom_vocabulary !== undefined){
let data37 = data.strict_custom_vocabulary;
if((typeof data37 !== "boolean") && (data37 !== null)){
const err37 = {instancePath:instancePath+"/strict_custom_vocabulary",schemaPath:"#/properties/strict_custom_vocabulary/type",keyword:"type",params:{type: schema92.properties.strict_custom_vocabulary.type}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data38 = data.summarization_config;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.model !== undefined){
let data39 = data38.model;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err38 = {instancePath:instancePath+"/summarization_config/model",schemaPath:"#/properties/summarization_config/properties/model/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data38.prompt !== undefined){
let data40 = data38.prompt;
if((typeof data40 !== "string") && (data40 !== null)){
const err39 = {instancePath:instancePath+"/summarization_config/prompt",schemaPath:"#/properties/summarization_config/properties/prompt/type",keyword:"type",params:{type: schema92.properties.summarization_config.properties.prompt.type}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data38.type !== undefined){
let data41 = data38.type;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err40 = {instancePath:instancePath+"/summarization_config/type",schemaPath:"#/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "integer"}};
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
const err41 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.test_mode !== undefined){
let data42 = data.test_mode;
if((typeof data42 !== "boolean") && (data42 !== null)){
const err42 = {instancePath:instancePath+"/test_mode",schemaPath:"#/properties/test_mode/type",keyword:"type",params:{type: schema92.properties.test_mode.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.top_nwords !== undefined){
let data43 = data.top_nwords;
if((!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))) && (data43 !== null)){
const err43 = {instancePath:instancePath+"/top_nwords",schemaPath:"#/properties/top_nwords/type",keyword:"type",params:{type: schema92.properties.top_nwords.type}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.transcriber !== undefined){
let data44 = data.transcriber;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err44 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data45 = data.translation_config;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.target_languages !== undefined){
let data46 = data45.target_languages;
if(Array.isArray(data46)){
const len4 = data46.length;
for(let i4=0; i4<len4; i4++){
let data47 = data46[i4];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.language !== undefined){
if(typeof data47.language !== "string"){
const err45 = {instancePath:instancePath+"/translation_config/target_languages/" + i4+"/language",schemaPath:"#/properties/translation_config/properties/target_languages/items/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data47.model !== undefined){
let data49 = data47.model;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err46 = {instancePath:instancePath+"/translation_config/target_languages/" + i4+"/model",schemaPath:"#/properties/translation_config/properties/target_languages/items/properties/model/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/translation_config/target_languages/" + i4,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.verbatim !== undefined){
let data50 = data.verbatim;
if((typeof data50 !== "boolean") && (data50 !== null)){
const err50 = {instancePath:instancePath+"/verbatim",schemaPath:"#/properties/verbatim/type",keyword:"type",params:{type: schema92.properties.verbatim.type}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate199.errors = vErrors;
return errors === 0;
}

const schema93 = {"$id":"/open/RevStreamingConfig","properties":{"allow_interruption":{"type":"boolean"},"audio_options._channels":{"type":"integer"},"audio_options._content_type":{"type":"string"},"audio_options._format":{"type":"string"},"audio_options._layout":{"type":"string"},"audio_options._rate":{"type":"integer"},"custom_vocabulary_id":{"type":"string"},"delete_after":{"type":"string"},"delete_after_seconds":{"type":"integer"},"detailed_partials":{"type":"boolean"},"enable_speaker_switch":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"max_connection_wait_seconds":{"type":"integer"},"max_segment_duration_seconds":{"type":"integer"},"metadata":{"type":"string"},"obscure_expletives":{"type":"boolean"},"priority":{"type":["integer","string"]},"remove_disfluencies":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"start_ts":{"type":["string","integer"]},"transcriber":{"type":["integer","string"]},"user_agent":{"type":"string"}},"type":"object"};

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RevStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allow_interruption !== undefined){
if(typeof data.allow_interruption !== "boolean"){
const err0 = {instancePath:instancePath+"/allow_interruption",schemaPath:"#/properties/allow_interruption/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["audio_options._channels"] !== undefined){
let data1 = data["audio_options._channels"];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/audio_options._channels",schemaPath:"#/properties/audio_options._channels/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["audio_options._content_type"] !== undefined){
if(typeof data["audio_options._content_type"] !== "string"){
const err2 = {instancePath:instancePath+"/audio_options._content_type",schemaPath:"#/properties/audio_options._content_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["audio_options._format"] !== undefined){
if(typeof data["audio_options._format"] !== "string"){
const err3 = {instancePath:instancePath+"/audio_options._format",schemaPath:"#/properties/audio_options._format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["audio_options._layout"] !== undefined){
if(typeof data["audio_options._layout"] !== "string"){
const err4 = {instancePath:instancePath+"/audio_options._layout",schemaPath:"#/properties/audio_options._layout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["audio_options._rate"] !== undefined){
let data5 = data["audio_options._rate"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/audio_options._rate",schemaPath:"#/properties/audio_options._rate/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err6 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.delete_after !== undefined){
if(typeof data.delete_after !== "string"){
const err7 = {instancePath:instancePath+"/delete_after",schemaPath:"#/properties/delete_after/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delete_after_seconds !== undefined){
let data8 = data.delete_after_seconds;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err8 = {instancePath:instancePath+"/delete_after_seconds",schemaPath:"#/properties/delete_after_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.detailed_partials !== undefined){
if(typeof data.detailed_partials !== "boolean"){
const err9 = {instancePath:instancePath+"/detailed_partials",schemaPath:"#/properties/detailed_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.enable_speaker_switch !== undefined){
if(typeof data.enable_speaker_switch !== "boolean"){
const err10 = {instancePath:instancePath+"/enable_speaker_switch",schemaPath:"#/properties/enable_speaker_switch/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err11 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err12 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.max_connection_wait_seconds !== undefined){
let data13 = data.max_connection_wait_seconds;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err13 = {instancePath:instancePath+"/max_connection_wait_seconds",schemaPath:"#/properties/max_connection_wait_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.max_segment_duration_seconds !== undefined){
let data14 = data.max_segment_duration_seconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err14 = {instancePath:instancePath+"/max_segment_duration_seconds",schemaPath:"#/properties/max_segment_duration_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.metadata !== undefined){
if(typeof data.metadata !== "string"){
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.obscure_expletives !== undefined){
if(typeof data.obscure_expletives !== "boolean"){
const err16 = {instancePath:instancePath+"/obscure_expletives",schemaPath:"#/properties/obscure_expletives/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.priority !== undefined){
let data17 = data.priority;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (typeof data17 !== "string")){
const err17 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema93.properties.priority.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err18 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err19 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.start_ts !== undefined){
let data20 = data.start_ts;
if((typeof data20 !== "string") && (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20))))){
const err20 = {instancePath:instancePath+"/start_ts",schemaPath:"#/properties/start_ts/type",keyword:"type",params:{type: schema93.properties.start_ts.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.transcriber !== undefined){
let data21 = data.transcriber;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (typeof data21 !== "string")){
const err21 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: schema93.properties.transcriber.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.user_agent !== undefined){
if(typeof data.user_agent !== "string"){
const err22 = {instancePath:instancePath+"/user_agent",schemaPath:"#/properties/user_agent/type",keyword:"type",params:{type: "string"}};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate201.errors = vErrors;
return errors === 0;
}

const schema94 = {"$id":"/open/SpeechmaticsAsyncConfig","properties":{"additional_vocab":{"items":{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object"},"type":"array"},"alignment_config":{"properties":{"language":{"type":"string"}},"type":"object"},"audio_events_config":{"properties":{"types":{"items":{"type":"string"},"type":"array"}},"type":"object"},"auto_chapters_config":{"type":"object"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"language_identification_config":{"properties":{"default_language":{"type":"string"},"expected_languages":{"items":{"type":"string"},"type":"array"},"low_confidence_action":{"type":"string"}},"type":"object"},"operating_point":{"type":"string"},"output_config":{"properties":{"srt_overrides":{"properties":{"max_line_length":{"type":"integer"},"max_lines":{"type":"integer"}},"type":"object"}},"type":"object"},"output_locale":{"type":"string"},"sentiment_analysis_config":{"type":"object"},"summarization_config":{"properties":{"content_type":{"type":"string"},"summary_length":{"type":"string"},"summary_type":{"type":"string"}},"type":"object"},"topic_detection_config":{"properties":{"topics":{"items":{"type":"string"},"type":"array"}},"type":"object"},"tracking":{"properties":{"details":{"type":"object"},"reference":{"type":"string"},"tags":{"items":{"type":"string"},"type":"array"},"title":{"type":"string"}},"type":"object"},"transcription_config":{"properties":{"additional_vocab":{"items":{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object"},"type":"array"},"channel_diarization_labels":{"items":{"type":"string"},"type":"array"},"diarization":{"type":"string"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object"},"speaker_diarization_config":{"properties":{"prefer_current_speaker":{"type":"boolean"},"speaker_sensitivity":{"type":"number"}},"type":"object"},"transcript_filtering_config":{"properties":{"remove_disfluencies":{"type":"boolean"},"replacements":{"items":{"properties":{"from":{"type":"string"},"to":{"type":"string"}},"type":"object"},"type":"array"}},"type":"object"}},"type":"object"},"translation_config":{"properties":{"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/SpeechmaticsAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.content !== undefined){
if(typeof data1.content !== "string"){
const err0 = {instancePath:instancePath+"/additional_vocab/" + i0+"/content",schemaPath:"#/properties/additional_vocab/items/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.sounds_like !== undefined){
let data3 = data1.sounds_like;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err1 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like/" + i1,schemaPath:"#/properties/additional_vocab/items/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like",schemaPath:"#/properties/additional_vocab/items/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
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
const err3 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
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
const err4 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.alignment_config !== undefined){
let data5 = data.alignment_config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.language !== undefined){
if(typeof data5.language !== "string"){
const err5 = {instancePath:instancePath+"/alignment_config/language",schemaPath:"#/properties/alignment_config/properties/language/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/alignment_config",schemaPath:"#/properties/alignment_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.audio_events_config !== undefined){
let data7 = data.audio_events_config;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.types !== undefined){
let data8 = data7.types;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(typeof data8[i2] !== "string"){
const err7 = {instancePath:instancePath+"/audio_events_config/types/" + i2,schemaPath:"#/properties/audio_events_config/properties/types/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/audio_events_config/types",schemaPath:"#/properties/audio_events_config/properties/types/type",keyword:"type",params:{type: "array"}};
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
const err9 = {instancePath:instancePath+"/audio_events_config",schemaPath:"#/properties/audio_events_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.auto_chapters_config !== undefined){
let data10 = data.auto_chapters_config;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err10 = {instancePath:instancePath+"/auto_chapters_config",schemaPath:"#/properties/auto_chapters_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err11 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err12 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err13 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.language_identification_config !== undefined){
let data14 = data.language_identification_config;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.default_language !== undefined){
if(typeof data14.default_language !== "string"){
const err14 = {instancePath:instancePath+"/language_identification_config/default_language",schemaPath:"#/properties/language_identification_config/properties/default_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data14.expected_languages !== undefined){
let data16 = data14.expected_languages;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(typeof data16[i3] !== "string"){
const err15 = {instancePath:instancePath+"/language_identification_config/expected_languages/" + i3,schemaPath:"#/properties/language_identification_config/properties/expected_languages/items/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/language_identification_config/expected_languages",schemaPath:"#/properties/language_identification_config/properties/expected_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data14.low_confidence_action !== undefined){
if(typeof data14.low_confidence_action !== "string"){
const err17 = {instancePath:instancePath+"/language_identification_config/low_confidence_action",schemaPath:"#/properties/language_identification_config/properties/low_confidence_action/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/language_identification_config",schemaPath:"#/properties/language_identification_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err19 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.output_config !== undefined){
let data20 = data.output_config;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.srt_overrides !== undefined){
let data21 = data20.srt_overrides;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.max_line_length !== undefined){
let data22 = data21.max_line_length;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err20 = {instancePath:instancePath+"/output_config/srt_overrides/max_line_length",schemaPath:"#/properties/output_config/properties/srt_overrides/properties/max_line_length/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data21.max_lines !== undefined){
let data23 = data21.max_lines;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err21 = {instancePath:instancePath+"/output_config/srt_overrides/max_lines",schemaPath:"#/properties/output_config/properties/srt_overrides/properties/max_lines/type",keyword:"type",params:{type: "integer"}};
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
const err22 = {instancePath:instancePath+"/output_config/srt_overrides",schemaPath:"#/properties/output_config/properties/srt_overrides/type",keyword:"type",params:{type: "object"}};
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
const err23 = {instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err24 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.sentiment_analysis_config !== undefined){
let data25 = data.sentiment_analysis_config;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
const err25 = {instancePath:instancePath+"/sentiment_analysis_config",schemaPath:"#/properties/sentiment_analysis_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data26 = data.summarization_config;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.content_type !== undefined){
if(typeof data26.content_type !== "string"){
const err26 = {instancePath:instancePath+"/summarization_config/content_type",schemaPath:"#/properties/summarization_config/properties/content_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data26.summary_length !== undefined){
if(typeof data26.summary_length !== "string"){
const err27 = {instancePath:instancePath+"/summarization_config/summary_length",schemaPath:"#/properties/summarization_config/properties/summary_length/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data26.summary_type !== undefined){
if(typeof data26.summary_type !== "string"){
const err28 = {instancePath:instancePath+"/summarization_config/summary_type",schemaPath:"#/properties/summarization_config/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.topic_detection_config !== undefined){
let data30 = data.topic_detection_config;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.topics !== undefined){
let data31 = data30.topics;
if(Array.isArray(data31)){
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
if(typeof data31[i4] !== "string"){
const err30 = {instancePath:instancePath+"/topic_detection_config/topics/" + i4,schemaPath:"#/properties/topic_detection_config/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/topic_detection_config/topics",schemaPath:"#/properties/topic_detection_config/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/topic_detection_config",schemaPath:"#/properties/topic_detection_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.tracking !== undefined){
let data33 = data.tracking;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.details !== undefined){
let data34 = data33.details;
if(!(data34 && typeof data34 == "object" && !Array.isArray(data34))){
const err33 = {instancePath:instancePath+"/tracking/details",schemaPath:"#/properties/tracking/properties/details/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data33.reference !== undefined){
if(typeof data33.reference !== "string"){
const err34 = {instancePath:instancePath+"/tracking/reference",schemaPath:"#/properties/tracking/properties/reference/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data33.tags !== undefined){
let data36 = data33.tags;
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
if(typeof data36[i5] !== "string"){
const err35 = {instancePath:instancePath+"/tracking/tags/" + i5,schemaPath:"#/properties/tracking/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/tracking/tags",schemaPath:"#/properties/tracking/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data33.title !== undefined){
if(typeof data33.title !== "string"){
const err37 = {instancePath:instancePath+"/tracking/title",schemaPath:"#/properties/tracking/properties/title/type",keyword:"type",params:{type: "string"}};
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
const err38 = {instancePath:instancePath+"/tracking",schemaPath:"#/properties/tracking/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.transcription_config !== undefined){
let data39 = data.transcription_config;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.additional_vocab !== undefined){
let data40 = data39.additional_vocab;
if(Array.isArray(data40)){
const len6 = data40.length;
for(let i6=0; i6<len6; i6++){
let data41 = data40[i6];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.content !== undefined){
if(typeof data41.content !== "string"){
const err39 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/content",schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data41.sounds_like !== undefined){
let data43 = data41.sounds_like;
if(Array.isArray(data43)){
const len7 = data43.length;
for(let i7=0; i7<len7; i7++){
if(typeof data43[i7] !== "string"){
const err40 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/sounds_like/" + i7,schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
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
const err41 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/sounds_like",schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6,schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/transcription_config/additional_vocab",schemaPath:"#/properties/transcription_config/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data39.channel_diarization_labels !== undefined){
let data45 = data39.channel_diarization_labels;
if(Array.isArray(data45)){
const len8 = data45.length;
for(let i8=0; i8<len8; i8++){
if(typeof data45[i8] !== "string"){
const err44 = {instancePath:instancePath+"/transcription_config/channel_diarization_labels/" + i8,schemaPath:"#/properties/transcription_config/properties/channel_diarization_labels/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/transcription_config/channel_diarization_labels",schemaPath:"#/properties/transcription_config/properties/channel_diarization_labels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data39.diarization !== undefined){
if(typeof data39.diarization !== "string"){
const err46 = {instancePath:instancePath+"/transcription_config/diarization",schemaPath:"#/properties/transcription_config/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data39.domain !== undefined){
if(typeof data39.domain !== "string"){
const err47 = {instancePath:instancePath+"/transcription_config/domain",schemaPath:"#/properties/transcription_config/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data39.enable_entities !== undefined){
if(typeof data39.enable_entities !== "boolean"){
const err48 = {instancePath:instancePath+"/transcription_config/enable_entities",schemaPath:"#/properties/transcription_config/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data39.language !== undefined){
if(typeof data39.language !== "string"){
const err49 = {instancePath:instancePath+"/transcription_config/language",schemaPath:"#/properties/transcription_config/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data39.max_delay_mode !== undefined){
if(typeof data39.max_delay_mode !== "string"){
const err50 = {instancePath:instancePath+"/transcription_config/max_delay_mode",schemaPath:"#/properties/transcription_config/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data39.operating_point !== undefined){
if(typeof data39.operating_point !== "string"){
const err51 = {instancePath:instancePath+"/transcription_config/operating_point",schemaPath:"#/properties/transcription_config/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data39.output_locale !== undefined){
if(typeof data39.output_locale !== "string"){
const err52 = {instancePath:instancePath+"/transcription_config/output_locale",schemaPath:"#/properties/transcription_config/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data39.punctuation_overrides !== undefined){
let data54 = data39.punctuation_overrides;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.permitted_marks !== undefined){
let data55 = data54.permitted_marks;
if(Array.isArray(data55)){
const len9 = data55.length;
for(let i9=0; i9<len9; i9++){
if(typeof data55[i9] !== "string"){
const err53 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/permitted_marks/" + i9,schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/permitted_marks",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data54.sensitivity !== undefined){
let data57 = data54.sensitivity;
if(!((typeof data57 == "number") && (isFinite(data57)))){
const err55 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/sensitivity",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/transcription_config/punctuation_overrides",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data39.speaker_diarization_config !== undefined){
let data58 = data39.speaker_diarization_config;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.prefer_current_speaker !== undefined){
if(typeof data58.prefer_current_speaker !== "boolean"){
const err57 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config/prefer_current_speaker",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/properties/prefer_current_speaker/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data58.speaker_sensitivity !== undefined){
let data60 = data58.speaker_sensitivity;
if(!((typeof data60 == "number") && (isFinite(data60)))){
const err58 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config/speaker_sensitivity",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/properties/speaker_sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data39.transcript_filtering_config !== undefined){
let data61 = data39.transcript_filtering_config;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.remove_disfluencies !== undefined){
if(typeof data61.remove_disfluencies !== "boolean"){
const err60 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/remove_disfluencies",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data61.replacements !== undefined){
let data63 = data61.replacements;
if(Array.isArray(data63)){
const len10 = data63.length;
for(let i10=0; i10<len10; i10++){
let data64 = data63[i10];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.from !== undefined){
if(typeof data64.from !== "string"){
const err61 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10+"/from",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data64.to !== undefined){
if(typeof data64.to !== "string"){
const err62 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10+"/to",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10,schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/transcription_config",schemaPath:"#/properties/transcription_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data67 = data.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.target_languages !== undefined){
let data68 = data67.target_languages;
if(Array.isArray(data68)){
const len11 = data68.length;
for(let i11=0; i11<len11; i11++){
if(typeof data68[i11] !== "string"){
const err67 = {instancePath:instancePath+"/translation_config/target_languages/" + i11,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
validate203.errors = vErrors;
return errors === 0;
}

const schema95 = {"$id":"/open/SpeechmaticsStreamingConfig","properties":{"additional_vocab":{"items":{"anyOf":[{"type":"string"},{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object"}],"type":"object"},"type":"array"},"audio_filtering_config":{"properties":{"volume_threshold":{"type":"number"}},"type":"object"},"conversation_config":{"properties":{"end_of_utterance_silence_trigger":{"type":"number"}},"type":"object"},"diarization":{"type":"string"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"enable_partials":{"type":"boolean"},"language":{"type":"string"},"max_delay":{"type":"number"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object"},"speaker_diarization_config":{"properties":{"max_speakers":{"type":"number"},"prefer_current_speaker":{"type":"boolean"},"speaker_sensitivity":{"type":"number"}},"type":"object"},"transcript_filtering_config":{"properties":{"remove_disfluencies":{"type":"boolean"},"replacements":{"items":{"properties":{"from":{"type":"string"},"to":{"type":"string"}},"type":"object"},"type":"array"}},"type":"object"}},"type":"object"};

function validate205(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/SpeechmaticsStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.additional_vocab !== undefined){
let data0 = data.additional_vocab;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err0 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs5 = errors;
let valid3 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.content !== undefined){
if(typeof data1.content !== "string"){
const err2 = {instancePath:instancePath+"/additional_vocab/" + i0+"/content",schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.sounds_like !== undefined){
let data3 = data1.sounds_like;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err3 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like/" + i1,schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like",schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
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
const err5 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err6 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.audio_filtering_config !== undefined){
let data5 = data.audio_filtering_config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.volume_threshold !== undefined){
let data6 = data5.volume_threshold;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/audio_filtering_config/volume_threshold",schemaPath:"#/properties/audio_filtering_config/properties/volume_threshold/type",keyword:"type",params:{type: "number"}};
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
const err9 = {instancePath:instancePath+"/audio_filtering_config",schemaPath:"#/properties/audio_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.conversation_config !== undefined){
let data7 = data.conversation_config;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.end_of_utterance_silence_trigger !== undefined){
let data8 = data7.end_of_utterance_silence_trigger;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/conversation_config/end_of_utterance_silence_trigger",schemaPath:"#/properties/conversation_config/properties/end_of_utterance_silence_trigger/type",keyword:"type",params:{type: "number"}};
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
const err11 = {instancePath:instancePath+"/conversation_config",schemaPath:"#/properties/conversation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "string"){
const err12 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err13 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err14 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.enable_partials !== undefined){
if(typeof data.enable_partials !== "boolean"){
const err15 = {instancePath:instancePath+"/enable_partials",schemaPath:"#/properties/enable_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err16 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.max_delay !== undefined){
let data14 = data.max_delay;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err17 = {instancePath:instancePath+"/max_delay",schemaPath:"#/properties/max_delay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.max_delay_mode !== undefined){
if(typeof data.max_delay_mode !== "string"){
const err18 = {instancePath:instancePath+"/max_delay_mode",schemaPath:"#/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err19 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err20 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.punctuation_overrides !== undefined){
let data18 = data.punctuation_overrides;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.permitted_marks !== undefined){
let data19 = data18.permitted_marks;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err21 = {instancePath:instancePath+"/punctuation_overrides/permitted_marks/" + i2,schemaPath:"#/properties/punctuation_overrides/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/punctuation_overrides/permitted_marks",schemaPath:"#/properties/punctuation_overrides/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data18.sensitivity !== undefined){
let data21 = data18.sensitivity;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err23 = {instancePath:instancePath+"/punctuation_overrides/sensitivity",schemaPath:"#/properties/punctuation_overrides/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
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
const err24 = {instancePath:instancePath+"/punctuation_overrides",schemaPath:"#/properties/punctuation_overrides/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.speaker_diarization_config !== undefined){
let data22 = data.speaker_diarization_config;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.max_speakers !== undefined){
let data23 = data22.max_speakers;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err25 = {instancePath:instancePath+"/speaker_diarization_config/max_speakers",schemaPath:"#/properties/speaker_diarization_config/properties/max_speakers/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data22.prefer_current_speaker !== undefined){
if(typeof data22.prefer_current_speaker !== "boolean"){
const err26 = {instancePath:instancePath+"/speaker_diarization_config/prefer_current_speaker",schemaPath:"#/properties/speaker_diarization_config/properties/prefer_current_speaker/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data22.speaker_sensitivity !== undefined){
let data25 = data22.speaker_sensitivity;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err27 = {instancePath:instancePath+"/speaker_diarization_config/speaker_sensitivity",schemaPath:"#/properties/speaker_diarization_config/properties/speaker_sensitivity/type",keyword:"type",params:{type: "number"}};
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
const err28 = {instancePath:instancePath+"/speaker_diarization_config",schemaPath:"#/properties/speaker_diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.transcript_filtering_config !== undefined){
let data26 = data.transcript_filtering_config;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.remove_disfluencies !== undefined){
if(typeof data26.remove_disfluencies !== "boolean"){
const err29 = {instancePath:instancePath+"/transcript_filtering_config/remove_disfluencies",schemaPath:"#/properties/transcript_filtering_config/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data26.replacements !== undefined){
let data28 = data26.replacements;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.from !== undefined){
if(typeof data29.from !== "string"){
const err30 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3+"/from",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data29.to !== undefined){
if(typeof data29.to !== "string"){
const err31 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3+"/to",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3,schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/transcript_filtering_config/replacements",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/transcript_filtering_config",schemaPath:"#/properties/transcript_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate205.errors = vErrors;
return errors === 0;
}

const schema96 = {"$id":"/open/ZoomRtmsConfig","type":"object"};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ZoomRtmsConfig" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate207.errors = vErrors;
return errors === 0;
}


function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/TranscriptProvider" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.assembly_ai_async === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assembly_ai_async"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.aws_transcribe_async === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aws_transcribe_async"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.deepgram_async === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deepgram_async"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.elevenlabs_async === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "elevenlabs_async"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.gladia_v2_async === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gladia_v2_async"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.google_speech_v2_async === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "google_speech_v2_async"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.recallai_async === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recallai_async"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.rev_async === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rev_async"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.speechmatics_async === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speechmatics_async"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema73.properties, key0))){
let data0 = data[key0];
if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){
const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema73.additionalProperties.type}};
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
if(data.assembly_ai_async !== undefined){
let data1 = data.assembly_ai_async;
const _errs5 = errors;
let valid2 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate163(data1, {instancePath:instancePath+"/assembly_ai_async",parentData:data,parentDataProperty:"assembly_ai_async",rootData}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data1 !== null){
const err10 = {instancePath:instancePath+"/assembly_ai_async",schemaPath:"#/properties/assembly_ai_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err11 = {instancePath:instancePath+"/assembly_ai_async",schemaPath:"#/properties/assembly_ai_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.assembly_ai_async_chunked !== undefined){
if(!(validate165(data.assembly_ai_async_chunked, {instancePath:instancePath+"/assembly_ai_async_chunked",parentData:data,parentDataProperty:"assembly_ai_async_chunked",rootData}))){
vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_streaming !== undefined){
if(!(validate167(data.assembly_ai_streaming, {instancePath:instancePath+"/assembly_ai_streaming",parentData:data,parentDataProperty:"assembly_ai_streaming",rootData}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_v3_streaming !== undefined){
if(!(validate169(data.assembly_ai_v3_streaming, {instancePath:instancePath+"/assembly_ai_v3_streaming",parentData:data,parentDataProperty:"assembly_ai_v3_streaming",rootData}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
}
if(data.aws_transcribe_async !== undefined){
let data5 = data.aws_transcribe_async;
const _errs13 = errors;
let valid3 = false;
let passing1 = null;
const _errs14 = errors;
if(!(validate171(data5, {instancePath:instancePath+"/aws_transcribe_async",parentData:data,parentDataProperty:"aws_transcribe_async",rootData}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid1 = _errs14 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs15 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/aws_transcribe_async",schemaPath:"#/properties/aws_transcribe_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/aws_transcribe_async",schemaPath:"#/properties/aws_transcribe_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.aws_transcribe_streaming !== undefined){
if(!(validate173(data.aws_transcribe_streaming, {instancePath:instancePath+"/aws_transcribe_streaming",parentData:data,parentDataProperty:"aws_transcribe_streaming",rootData}))){
vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
errors = vErrors.length;
}
}
if(data.deepgram_async !== undefined){
let data7 = data.deepgram_async;
const _errs19 = errors;
let valid4 = false;
let passing2 = null;
const _errs20 = errors;
if(!(validate175(data7, {instancePath:instancePath+"/deepgram_async",parentData:data,parentDataProperty:"deepgram_async",rootData}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
var _valid2 = _errs20 === errors;
if(_valid2){
valid4 = true;
passing2 = 0;
}
const _errs21 = errors;
if(data7 !== null){
const err14 = {instancePath:instancePath+"/deepgram_async",schemaPath:"#/properties/deepgram_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs21 === errors;
if(_valid2 && valid4){
valid4 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid4 = true;
passing2 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/deepgram_async",schemaPath:"#/properties/deepgram_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.deepgram_streaming !== undefined){
if(!(validate177(data.deepgram_streaming, {instancePath:instancePath+"/deepgram_streaming",parentData:data,parentDataProperty:"deepgram_streaming",rootData}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
if(data.elevenlabs_async !== undefined){
let data9 = data.elevenlabs_async;
const _errs25 = errors;
let valid5 = false;
let passing3 = null;
const _errs26 = errors;
if(!(validate179(data9, {instancePath:instancePath+"/elevenlabs_async",parentData:data,parentDataProperty:"elevenlabs_async",rootData}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
var _valid3 = _errs26 === errors;
if(_valid3){
valid5 = true;
passing3 = 0;
}
const _errs27 = errors;
if(data9 !== null){
const err16 = {instancePath:instancePath+"/elevenlabs_async",schemaPath:"#/properties/elevenlabs_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs27 === errors;
if(_valid3 && valid5){
valid5 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid5 = true;
passing3 = 1;
}
}
if(!valid5){
const err17 = {instancePath:instancePath+"/elevenlabs_async",schemaPath:"#/properties/elevenlabs_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.elevenlabs_streaming !== undefined){
if(!(validate181(data.elevenlabs_streaming, {instancePath:instancePath+"/elevenlabs_streaming",parentData:data,parentDataProperty:"elevenlabs_streaming",rootData}))){
vErrors = vErrors === null ? validate181.errors : vErrors.concat(validate181.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_async !== undefined){
if(!(validate183(data.gladia_v1_async, {instancePath:instancePath+"/gladia_v1_async",parentData:data,parentDataProperty:"gladia_v1_async",rootData}))){
vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_streaming !== undefined){
if(!(validate185(data.gladia_v1_streaming, {instancePath:instancePath+"/gladia_v1_streaming",parentData:data,parentDataProperty:"gladia_v1_streaming",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_async !== undefined){
let data13 = data.gladia_v2_async;
const _errs33 = errors;
let valid6 = false;
let passing4 = null;
const _errs34 = errors;
if(!(validate187(data13, {instancePath:instancePath+"/gladia_v2_async",parentData:data,parentDataProperty:"gladia_v2_async",rootData}))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
var _valid4 = _errs34 === errors;
if(_valid4){
valid6 = true;
passing4 = 0;
}
const _errs35 = errors;
if(data13 !== null){
const err18 = {instancePath:instancePath+"/gladia_v2_async",schemaPath:"#/properties/gladia_v2_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs35 === errors;
if(_valid4 && valid6){
valid6 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid6 = true;
passing4 = 1;
}
}
if(!valid6){
const err19 = {instancePath:instancePath+"/gladia_v2_async",schemaPath:"#/properties/gladia_v2_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing4}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data.gladia_v2_streaming !== undefined){
if(!(validate189(data.gladia_v2_streaming, {instancePath:instancePath+"/gladia_v2_streaming",parentData:data,parentDataProperty:"gladia_v2_streaming",rootData}))){
vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
errors = vErrors.length;
}
}
if(data.google_speech_v2_async !== undefined){
let data15 = data.google_speech_v2_async;
const _errs39 = errors;
let valid7 = false;
let passing5 = null;
const _errs40 = errors;
if(!(validate191(data15, {instancePath:instancePath+"/google_speech_v2_async",parentData:data,parentDataProperty:"google_speech_v2_async",rootData}))){
vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
errors = vErrors.length;
}
var _valid5 = _errs40 === errors;
if(_valid5){
valid7 = true;
passing5 = 0;
}
const _errs41 = errors;
if(data15 !== null){
const err20 = {instancePath:instancePath+"/google_speech_v2_async",schemaPath:"#/properties/google_speech_v2_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid5 = _errs41 === errors;
if(_valid5 && valid7){
valid7 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid7 = true;
passing5 = 1;
}
}
if(!valid7){
const err21 = {instancePath:instancePath+"/google_speech_v2_async",schemaPath:"#/properties/google_speech_v2_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing5}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.meeting_captions !== undefined){
if(!(validate193(data.meeting_captions, {instancePath:instancePath+"/meeting_captions",parentData:data,parentDataProperty:"meeting_captions",rootData}))){
vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
errors = vErrors.length;
}
}
if(data.recallai_async !== undefined){
let data17 = data.recallai_async;
const _errs45 = errors;
let valid8 = false;
let passing6 = null;
const _errs46 = errors;
if(!(validate195(data17, {instancePath:instancePath+"/recallai_async",parentData:data,parentDataProperty:"recallai_async",rootData}))){
vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
errors = vErrors.length;
}
var _valid6 = _errs46 === errors;
if(_valid6){
valid8 = true;
passing6 = 0;
}
const _errs47 = errors;
if(data17 !== null){
const err22 = {instancePath:instancePath+"/recallai_async",schemaPath:"#/properties/recallai_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid6 = _errs47 === errors;
if(_valid6 && valid8){
valid8 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid8 = true;
passing6 = 1;
}
}
if(!valid8){
const err23 = {instancePath:instancePath+"/recallai_async",schemaPath:"#/properties/recallai_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing6}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.recallai_streaming !== undefined){
if(!(validate197(data.recallai_streaming, {instancePath:instancePath+"/recallai_streaming",parentData:data,parentDataProperty:"recallai_streaming",rootData}))){
vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
errors = vErrors.length;
}
}
if(data.rev_async !== undefined){
let data19 = data.rev_async;
const _errs51 = errors;
let valid9 = false;
let passing7 = null;
const _errs52 = errors;
if(!(validate199(data19, {instancePath:instancePath+"/rev_async",parentData:data,parentDataProperty:"rev_async",rootData}))){
vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
errors = vErrors.length;
}
var _valid7 = _errs52 === errors;
if(_valid7){
valid9 = true;
passing7 = 0;
}
const _errs53 = errors;
if(data19 !== null){
const err24 = {instancePath:instancePath+"/rev_async",schemaPath:"#/properties/rev_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid7 = _errs53 === errors;
if(_valid7 && valid9){
valid9 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid9 = true;
passing7 = 1;
}
}
if(!valid9){
const err25 = {instancePath:instancePath+"/rev_async",schemaPath:"#/properties/rev_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing7}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.rev_streaming !== undefined){
if(!(validate201(data.rev_streaming, {instancePath:instancePath+"/rev_streaming",parentData:data,parentDataProperty:"rev_streaming",rootData}))){
vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_async !== undefined){
let data21 = data.speechmatics_async;
const _errs57 = errors;
let valid10 = false;
let passing8 = null;
const _errs58 = errors;
if(!(validate203(data21, {instancePath:instancePath+"/speechmatics_async",parentData:data,parentDataProperty:"speechmatics_async",rootData}))){
vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
errors = vErrors.length;
}
var _valid8 = _errs58 === errors;
if(_valid8){
valid10 = true;
passing8 = 0;
}
const _errs59 = errors;
if(data21 !== null){
const err26 = {instancePath:instancePath+"/speechmatics_async",schemaPath:"#/properties/speechmatics_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid8 = _errs59 === errors;
if(_valid8 && valid10){
valid10 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid10 = true;
passing8 = 1;
}
}
if(!valid10){
const err27 = {instancePath:instancePath+"/speechmatics_async",schemaPath:"#/properties/speechmatics_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing8}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data.speechmatics_streaming !== undefined){
if(!(validate205(data.speechmatics_streaming, {instancePath:instancePath+"/speechmatics_streaming",parentData:data,parentDataProperty:"speechmatics_streaming",rootData}))){
vErrors = vErrors === null ? validate205.errors : vErrors.concat(validate205.errors);
errors = vErrors.length;
}
}
if(data.zoom_rtms !== undefined){
if(!(validate207(data.zoom_rtms, {instancePath:instancePath+"/zoom_rtms",parentData:data,parentDataProperty:"zoom_rtms",rootData}))){
vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
errors = vErrors.length;
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
validate162.errors = vErrors;
return errors === 0;
}


function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/TranscriptShortcut" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(data.diarization === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "diarization"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.provider === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "provider"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data !== undefined){
if(!(validate158(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
}
if(data.diarization !== undefined){
let data1 = data.diarization;
const _errs5 = errors;
let valid2 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate160(data1, {instancePath:instancePath+"/diarization",parentData:data,parentDataProperty:"diarization",rootData}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/diarization",schemaPath:"#/allOf/1/properties/diarization/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err4 = {instancePath:instancePath+"/diarization",schemaPath:"#/allOf/1/properties/diarization/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined){
if(!(validate162(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate156.errors = vErrors;
return errors === 0;
}


function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/TranscriptArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate156(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate155.errors = vErrors;
return errors === 0;
}


function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_create_transcript_create" */;
let vErrors = null;
let errors = 0;
if(!(validate155(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
validate154.errors = vErrors;
return errors === 0;
}

export const recording_create_transcript_create_closed = validate213;
const schema97 = {"$id":"recording_create_transcript_create.closed","$ref":"/closed/TranscriptArtifact"};
const schema98 = {"$id":"/closed/TranscriptArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/TranscriptData"},"diarization":{"oneOf":[{"$ref":"/closed/TranscriptDiarization"},{"type":"null"}]},"provider":{"$ref":"/closed/TranscriptProvider"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","data","diarization","provider","recording"],"additionalProperties":false};
const schema99 = {"$id":"/closed/TranscriptData","properties":{"download_url":{"type":["string","null"]},"provider_data_download_url":{"type":["string","null"]}},"required":["download_url","provider_data_download_url"],"type":"object","additionalProperties":false};

function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/TranscriptData" */;
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
if(data.provider_data_download_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider_data_download_url"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "download_url") || (key0 === "provider_data_download_url"))){
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
if(data.download_url !== undefined){
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err3 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema99.properties.download_url.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.provider_data_download_url !== undefined){
let data1 = data.provider_data_download_url;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/provider_data_download_url",schemaPath:"#/properties/provider_data_download_url/type",keyword:"type",params:{type: schema99.properties.provider_data_download_url.type}};
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
validate217.errors = vErrors;
return errors === 0;
}

const schema100 = {"$id":"/closed/TranscriptDiarization","properties":{"use_separate_streams_when_available":{"type":"boolean"}},"required":["use_separate_streams_when_available"],"type":"object","additionalProperties":false};

function validate219(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/TranscriptDiarization" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.use_separate_streams_when_available === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "use_separate_streams_when_available"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "use_separate_streams_when_available")){
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
if(data.use_separate_streams_when_available !== undefined){
if(typeof data.use_separate_streams_when_available !== "boolean"){
const err2 = {instancePath:instancePath+"/use_separate_streams_when_available",schemaPath:"#/properties/use_separate_streams_when_available/type",keyword:"type",params:{type: "boolean"}};
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
validate219.errors = vErrors;
return errors === 0;
}

const schema101 = {"$id":"/closed/TranscriptProvider","additionalProperties":{"type":["object","null"]},"properties":{"assembly_ai_async":{"oneOf":[{"$ref":"/closed/AssemblyAiAsyncConfig"},{"type":"null"}]},"assembly_ai_async_chunked":{"$ref":"/closed/AssemblyAiAsyncChunkedConfig"},"assembly_ai_streaming":{"$ref":"/closed/AssemblyAiStreamingConfig"},"assembly_ai_v3_streaming":{"$ref":"/closed/AssemblyAiV3StreamingConfig"},"aws_transcribe_async":{"oneOf":[{"$ref":"/closed/AwsTranscribeAsyncConfig"},{"type":"null"}]},"aws_transcribe_streaming":{"$ref":"/closed/AwsTranscribeStreamingConfig"},"deepgram_async":{"oneOf":[{"$ref":"/closed/DeepgramAsyncConfig"},{"type":"null"}]},"deepgram_streaming":{"$ref":"/closed/DeepgramStreamingConfig"},"elevenlabs_async":{"oneOf":[{"$ref":"/closed/ElevenlabsAsyncConfig"},{"type":"null"}]},"elevenlabs_streaming":{"$ref":"/closed/ElevenlabsStreamingConfig"},"gladia_v1_async":{"$ref":"/closed/GladiaV1AsyncConfig"},"gladia_v1_streaming":{"$ref":"/closed/GladiaV1StreamingConfig"},"gladia_v2_async":{"oneOf":[{"$ref":"/closed/GladiaV2AsyncConfig"},{"type":"null"}]},"gladia_v2_streaming":{"$ref":"/closed/GladiaV2StreamingConfig"},"google_speech_v2_async":{"oneOf":[{"$ref":"/closed/GoogleSpeechV2AsyncConfig"},{"type":"null"}]},"meeting_captions":{"$ref":"/closed/MeetingCaptionsConfig"},"recallai_async":{"oneOf":[{"$ref":"/closed/RecallaiAsyncConfig"},{"type":"null"}]},"recallai_streaming":{"$ref":"/closed/RecallaiStreamingConfig"},"rev_async":{"oneOf":[{"$ref":"/closed/RevAsyncConfig"},{"type":"null"}]},"rev_streaming":{"$ref":"/closed/RevStreamingConfig"},"speechmatics_async":{"oneOf":[{"$ref":"/closed/SpeechmaticsAsyncConfig"},{"type":"null"}]},"speechmatics_streaming":{"$ref":"/closed/SpeechmaticsStreamingConfig"},"zoom_rtms":{"$ref":"/closed/ZoomRtmsConfig"}},"required":["assembly_ai_async","aws_transcribe_async","deepgram_async","elevenlabs_async","gladia_v2_async","google_speech_v2_async","recallai_async","rev_async","speechmatics_async"],"type":"object"};
const schema102 = {"$id":"/closed/AssemblyAiAsyncConfig","properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language":{"type":"string"},"language_code":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"string"}]},{"type":["string","null"]}]},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"multichannel":{"type":"boolean"},"prompt":{"type":"string"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":["integer","null"]},"speech_model":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"speech_threshold":{"type":["number","null"]},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"webhook_auth_header_name":{"type":["string","null"]},"webhook_auth_header_value":{"type":["string","null"]},"webhook_url":{"type":"string"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AssemblyAiAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema102.properties, key0))){
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
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!((key1 === "from") || (key1 === "to"))){
const err8 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data8.from !== undefined){
let data9 = data8.from;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err9 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from/" + i1,schemaPath:"#/properties/custom_spelling/items/properties/from/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from",schemaPath:"#/properties/custom_spelling/items/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data8.to !== undefined){
if(typeof data8.to !== "string"){
const err11 = {instancePath:instancePath+"/custom_spelling/" + i0+"/to",schemaPath:"#/properties/custom_spelling/items/properties/to/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err14 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err15 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err16 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err17 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err18 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err19 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err20 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data19 = data.keyterms_prompt;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err21 = {instancePath:instancePath+"/keyterms_prompt/" + i2,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err23 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.language_code !== undefined){
let data22 = data.language_code;
const _errs48 = errors;
let valid8 = false;
const _errs49 = errors;
const _errs50 = errors;
let valid9 = false;
const _errs51 = errors;
if(typeof data22 !== "string"){
const err24 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs51 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs53 = errors;
if(typeof data22 !== "string"){
const err25 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err26 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs49 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs55 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
const err27 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/1/type",keyword:"type",params:{type: schema102.properties.language_code.anyOf[1].type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs55 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err28 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.language_confidence_threshold !== undefined){
let data23 = data.language_confidence_threshold;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err29 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err30 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err31 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err32 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err33 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err34 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err35 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err36 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data31 = data.redact_pii_policies;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
if(typeof data31[i3] !== "string"){
const err37 = {instancePath:instancePath+"/redact_pii_policies/" + i3,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
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
const err38 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
let data33 = data.redact_pii_sub;
const _errs78 = errors;
let valid12 = false;
const _errs79 = errors;
if(typeof data33 !== "string"){
const err39 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs79 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs81 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
const err40 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/1/type",keyword:"type",params:{type: schema102.properties.redact_pii_sub.anyOf[1].type}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid2 = _errs81 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err41 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err42 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err43 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data36 = data.speakers_expected;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
const err44 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: schema102.properties.speakers_expected.type}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.speech_model !== undefined){
let data37 = data.speech_model;
const _errs90 = errors;
let valid13 = false;
const _errs91 = errors;
if(typeof data37 !== "string"){
const err45 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs91 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs93 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
const err46 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/1/type",keyword:"type",params:{type: schema102.properties.speech_model.anyOf[1].type}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs93 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err47 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data.speech_threshold !== undefined){
let data38 = data.speech_threshold;
if((!((typeof data38 == "number") && (isFinite(data38)))) && (data38 !== null)){
const err48 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: schema102.properties.speech_threshold.type}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err49 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err50 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err51 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.topics !== undefined){
let data42 = data.topics;
if(Array.isArray(data42)){
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
if(typeof data42[i4] !== "string"){
const err52 = {instancePath:instancePath+"/topics/" + i4,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.webhook_auth_header_name !== undefined){
let data44 = data.webhook_auth_header_name;
if((typeof data44 !== "string") && (data44 !== null)){
const err54 = {instancePath:instancePath+"/webhook_auth_header_name",schemaPath:"#/properties/webhook_auth_header_name/type",keyword:"type",params:{type: schema102.properties.webhook_auth_header_name.type}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.webhook_auth_header_value !== undefined){
let data45 = data.webhook_auth_header_value;
if((typeof data45 !== "string") && (data45 !== null)){
const err55 = {instancePath:instancePath+"/webhook_auth_header_value",schemaPath:"#/properties/webhook_auth_header_value/type",keyword:"type",params:{type: schema102.properties.webhook_auth_header_value.type}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.webhook_url !== undefined){
if(typeof data.webhook_url !== "string"){
const err56 = {instancePath:instancePath+"/webhook_url",schemaPath:"#/properties/webhook_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data47 = data.word_boost;
if(Array.isArray(data47)){
const len5 = data47.length;
for(let i5=0; i5<len5; i5++){
if(typeof data47[i5] !== "string"){
const err57 = {instancePath:instancePath+"/word_boost/" + i5,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate222.errors = vErrors;
return errors === 0;
}

const schema103 = {"$id":"/closed/AssemblyAiAsyncChunkedConfig","properties":{"audio_end_at":{"type":"integer"},"audio_start_from":{"type":"integer"},"auto_chapters":{"type":"boolean"},"auto_highlights":{"type":"boolean"},"boost_param":{"type":"string"},"chunk_maximum":{"type":"integer"},"chunk_minimum":{"type":"integer"},"content_safety":{"type":"boolean"},"content_safety_confidence":{"type":"integer"},"custom_spelling":{"items":{"properties":{"from":{"items":{"type":"string"},"type":"array"},"to":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"custom_topics":{"type":"boolean"},"disfluencies":{"type":"boolean"},"dual_channel":{"type":"boolean"},"entity_detection":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"format_text":{"type":"boolean"},"iab_categories":{"type":"boolean"},"keyterms_prompt":{"items":{"type":"string"},"type":"array"},"language_code":{"anyOf":[{"anyOf":[{"type":"string"},{"type":"string"}]},{"type":["string","null"]}]},"language_confidence_threshold":{"type":"number"},"language_detection":{"type":"boolean"},"multichannel":{"type":"boolean"},"prompt":{"type":"string"},"punctuate":{"type":"boolean"},"redact_pii":{"type":"boolean"},"redact_pii_audio":{"type":"boolean"},"redact_pii_audio_quality":{"type":"string"},"redact_pii_policies":{"items":{"type":"string"},"type":"array"},"redact_pii_sub":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"sentiment_analysis":{"type":"boolean"},"speaker_labels":{"type":"boolean"},"speakers_expected":{"type":["integer","null"]},"speech_model":{"anyOf":[{"type":"string"},{"type":["string","null"]}]},"speech_threshold":{"type":["number","null"]},"summarization":{"type":"boolean"},"summary_model":{"type":"string"},"summary_type":{"type":"string"},"topics":{"items":{"type":"string"},"type":"array"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AssemblyAiAsyncChunkedConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema103.properties, key0))){
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
if(data.chunk_maximum !== undefined){
let data5 = data.chunk_maximum;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err6 = {instancePath:instancePath+"/chunk_maximum",schemaPath:"#/properties/chunk_maximum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.chunk_minimum !== undefined){
let data6 = data.chunk_minimum;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/chunk_minimum",schemaPath:"#/properties/chunk_minimum/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.content_safety !== undefined){
if(typeof data.content_safety !== "boolean"){
const err8 = {instancePath:instancePath+"/content_safety",schemaPath:"#/properties/content_safety/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.content_safety_confidence !== undefined){
let data8 = data.content_safety_confidence;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err9 = {instancePath:instancePath+"/content_safety_confidence",schemaPath:"#/properties/content_safety_confidence/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
let data9 = data.custom_spelling;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!((key1 === "from") || (key1 === "to"))){
const err10 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data10.from !== undefined){
let data11 = data10.from;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err11 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from/" + i1,schemaPath:"#/properties/custom_spelling/items/properties/from/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/custom_spelling/" + i0+"/from",schemaPath:"#/properties/custom_spelling/items/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.to !== undefined){
if(typeof data10.to !== "string"){
const err13 = {instancePath:instancePath+"/custom_spelling/" + i0+"/to",schemaPath:"#/properties/custom_spelling/items/properties/to/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/custom_spelling/" + i0,schemaPath:"#/properties/custom_spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err15 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.custom_topics !== undefined){
if(typeof data.custom_topics !== "boolean"){
const err16 = {instancePath:instancePath+"/custom_topics",schemaPath:"#/properties/custom_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.disfluencies !== undefined){
if(typeof data.disfluencies !== "boolean"){
const err17 = {instancePath:instancePath+"/disfluencies",schemaPath:"#/properties/disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dual_channel !== undefined){
if(typeof data.dual_channel !== "boolean"){
const err18 = {instancePath:instancePath+"/dual_channel",schemaPath:"#/properties/dual_channel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.entity_detection !== undefined){
if(typeof data.entity_detection !== "boolean"){
const err19 = {instancePath:instancePath+"/entity_detection",schemaPath:"#/properties/entity_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err20 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.format_text !== undefined){
if(typeof data.format_text !== "boolean"){
const err21 = {instancePath:instancePath+"/format_text",schemaPath:"#/properties/format_text/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.iab_categories !== undefined){
if(typeof data.iab_categories !== "boolean"){
const err22 = {instancePath:instancePath+"/iab_categories",schemaPath:"#/properties/iab_categories/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.keyterms_prompt !== undefined){
let data21 = data.keyterms_prompt;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
if(typeof data21[i2] !== "string"){
const err23 = {instancePath:instancePath+"/keyterms_prompt/" + i2,schemaPath:"#/properties/keyterms_prompt/items/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath:instancePath+"/keyterms_prompt",schemaPath:"#/properties/keyterms_prompt/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.language_code !== undefined){
let data23 = data.language_code;
const _errs50 = errors;
let valid8 = false;
const _errs51 = errors;
const _errs52 = errors;
let valid9 = false;
const _errs53 = errors;
if(typeof data23 !== "string"){
const err25 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs53 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs55 = errors;
if(typeof data23 !== "string"){
const err26 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs55 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err27 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/0/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs51 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs57 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
const err28 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf/1/type",keyword:"type",params:{type: schema103.properties.language_code.anyOf[1].type}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs57 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err29 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.language_confidence_threshold !== undefined){
let data24 = data.language_confidence_threshold;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err30 = {instancePath:instancePath+"/language_confidence_threshold",schemaPath:"#/properties/language_confidence_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.language_detection !== undefined){
if(typeof data.language_detection !== "boolean"){
const err31 = {instancePath:instancePath+"/language_detection",schemaPath:"#/properties/language_detection/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err32 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.prompt !== undefined){
if(typeof data.prompt !== "string"){
const err33 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err34 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.redact_pii !== undefined){
if(typeof data.redact_pii !== "boolean"){
const err35 = {instancePath:instancePath+"/redact_pii",schemaPath:"#/properties/redact_pii/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.redact_pii_audio !== undefined){
if(typeof data.redact_pii_audio !== "boolean"){
const err36 = {instancePath:instancePath+"/redact_pii_audio",schemaPath:"#/properties/redact_pii_audio/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.redact_pii_audio_quality !== undefined){
if(typeof data.redact_pii_audio_quality !== "string"){
const err37 = {instancePath:instancePath+"/redact_pii_audio_quality",schemaPath:"#/properties/redact_pii_audio_quality/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.redact_pii_policies !== undefined){
let data32 = data.redact_pii_policies;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
if(typeof data32[i3] !== "string"){
const err38 = {instancePath:instancePath+"/redact_pii_policies/" + i3,schemaPath:"#/properties/redact_pii_policies/items/type",keyword:"type",params:{type: "string"}};
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
const err39 = {instancePath:instancePath+"/redact_pii_policies",schemaPath:"#/properties/redact_pii_policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.redact_pii_sub !== undefined){
let data34 = data.redact_pii_sub;
const _errs80 = errors;
let valid12 = false;
const _errs81 = errors;
if(typeof data34 !== "string"){
const err40 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid2 = _errs81 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs83 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
const err41 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf/1/type",keyword:"type",params:{type: schema103.properties.redact_pii_sub.anyOf[1].type}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid2 = _errs83 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err42 = {instancePath:instancePath+"/redact_pii_sub",schemaPath:"#/properties/redact_pii_sub/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err43 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.speaker_labels !== undefined){
if(typeof data.speaker_labels !== "boolean"){
const err44 = {instancePath:instancePath+"/speaker_labels",schemaPath:"#/properties/speaker_labels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.speakers_expected !== undefined){
let data37 = data.speakers_expected;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
const err45 = {instancePath:instancePath+"/speakers_expected",schemaPath:"#/properties/speakers_expected/type",keyword:"type",params:{type: schema103.properties.speakers_expected.type}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.speech_model !== undefined){
let data38 = data.speech_model;
const _errs92 = errors;
let valid13 = false;
const _errs93 = errors;
if(typeof data38 !== "string"){
const err46 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs93 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs95 = errors;
if((typeof data38 !== "string") && (data38 !== null)){
const err47 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf/1/type",keyword:"type",params:{type: schema103.properties.speech_model.anyOf[1].type}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid3 = _errs95 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err48 = {instancePath:instancePath+"/speech_model",schemaPath:"#/properties/speech_model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
if(data.speech_threshold !== undefined){
let data39 = data.speech_threshold;
if((!((typeof data39 == "number") && (isFinite(data39)))) && (data39 !== null)){
const err49 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: schema103.properties.speech_threshold.type}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err50 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.summary_model !== undefined){
if(typeof data.summary_model !== "string"){
const err51 = {instancePath:instancePath+"/summary_model",schemaPath:"#/properties/summary_model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.summary_type !== undefined){
if(typeof data.summary_type !== "string"){
const err52 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.topics !== undefined){
let data43 = data.topics;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
if(typeof data43[i4] !== "string"){
const err53 = {instancePath:instancePath+"/topics/" + i4,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.word_boost !== undefined){
let data45 = data.word_boost;
if(Array.isArray(data45)){
const len5 = data45.length;
for(let i5=0; i5<len5; i5++){
if(typeof data45[i5] !== "string"){
const err55 = {instancePath:instancePath+"/word_boost/" + i5,schemaPath:"#/properties/word_boost/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/word_boost",schemaPath:"#/properties/word_boost/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate224.errors = vErrors;
return errors === 0;
}

const schema104 = {"$id":"/closed/AssemblyAiStreamingConfig","properties":{"disable_partial_transcripts":{"type":"boolean"},"word_boost":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AssemblyAiStreamingConfig" */;
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
validate226.errors = vErrors;
return errors === 0;
}

const schema105 = {"$id":"/closed/AssemblyAiV3StreamingConfig","properties":{"end_of_turn_confidence_threshold":{},"format_turns":{"type":"boolean"},"max_turn_silence":{},"min_end_of_turn_silence_when_confident":{}},"type":"object","additionalProperties":false};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AssemblyAiV3StreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "end_of_turn_confidence_threshold") || (key0 === "format_turns")) || (key0 === "max_turn_silence")) || (key0 === "min_end_of_turn_silence_when_confident"))){
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
if(data.format_turns !== undefined){
if(typeof data.format_turns !== "boolean"){
const err1 = {instancePath:instancePath+"/format_turns",schemaPath:"#/properties/format_turns/type",keyword:"type",params:{type: "boolean"}};
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
validate228.errors = vErrors;
return errors === 0;
}

const schema106 = {"$id":"/closed/AwsTranscribeAsyncConfig","additionalProperties":true,"type":"object"};

function validate230(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AwsTranscribeAsyncConfig" */;
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
validate230.errors = vErrors;
return errors === 0;
}

const schema107 = {"$id":"/closed/AwsTranscribeStreamingConfig","properties":{"content_identification_type":{"type":"string"},"content_redaction_type":{"type":"string"},"enable_partial_results_stabilization":{"type":"boolean"},"identify_language":{"type":"boolean"},"identify_multiple_languages":{"type":"boolean"},"language_code":{"type":"string"},"language_identification":{"type":"boolean"},"language_model_name":{"type":"string"},"language_options":{"type":"string"},"partial_results_stability":{"type":"string"},"pii_entity_types":{"type":"string"},"preferred_language":{"type":"string"},"region":{"type":"string"},"show_speaker_label":{"type":"boolean"},"vocabulary_filter_method":{"type":"string"},"vocabulary_filter_name":{"type":"string"},"vocabulary_filter_names":{"type":"string"},"vocabulary_name":{"type":"string"},"vocabulary_names":{"type":"string"}},"type":"object","additionalProperties":false};

function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AwsTranscribeStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema107.properties, key0))){
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
if(data.content_identification_type !== undefined){
if(typeof data.content_identification_type !== "string"){
const err1 = {instancePath:instancePath+"/content_identification_type",schemaPath:"#/properties/content_identification_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.content_redaction_type !== undefined){
if(typeof data.content_redaction_type !== "string"){
const err2 = {instancePath:instancePath+"/content_redaction_type",schemaPath:"#/properties/content_redaction_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enable_partial_results_stabilization !== undefined){
if(typeof data.enable_partial_results_stabilization !== "boolean"){
const err3 = {instancePath:instancePath+"/enable_partial_results_stabilization",schemaPath:"#/properties/enable_partial_results_stabilization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.identify_language !== undefined){
if(typeof data.identify_language !== "boolean"){
const err4 = {instancePath:instancePath+"/identify_language",schemaPath:"#/properties/identify_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.identify_multiple_languages !== undefined){
if(typeof data.identify_multiple_languages !== "boolean"){
const err5 = {instancePath:instancePath+"/identify_multiple_languages",schemaPath:"#/properties/identify_multiple_languages/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err6 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.language_identification !== undefined){
if(typeof data.language_identification !== "boolean"){
const err7 = {instancePath:instancePath+"/language_identification",schemaPath:"#/properties/language_identification/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.language_model_name !== undefined){
if(typeof data.language_model_name !== "string"){
const err8 = {instancePath:instancePath+"/language_model_name",schemaPath:"#/properties/language_model_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.language_options !== undefined){
if(typeof data.language_options !== "string"){
const err9 = {instancePath:instancePath+"/language_options",schemaPath:"#/properties/language_options/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.partial_results_stability !== undefined){
if(typeof data.partial_results_stability !== "string"){
const err10 = {instancePath:instancePath+"/partial_results_stability",schemaPath:"#/properties/partial_results_stability/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.pii_entity_types !== undefined){
if(typeof data.pii_entity_types !== "string"){
const err11 = {instancePath:instancePath+"/pii_entity_types",schemaPath:"#/properties/pii_entity_types/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.preferred_language !== undefined){
if(typeof data.preferred_language !== "string"){
const err12 = {instancePath:instancePath+"/preferred_language",schemaPath:"#/properties/preferred_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err13 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.show_speaker_label !== undefined){
if(typeof data.show_speaker_label !== "boolean"){
const err14 = {instancePath:instancePath+"/show_speaker_label",schemaPath:"#/properties/show_speaker_label/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.vocabulary_filter_method !== undefined){
if(typeof data.vocabulary_filter_method !== "string"){
const err15 = {instancePath:instancePath+"/vocabulary_filter_method",schemaPath:"#/properties/vocabulary_filter_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.vocabulary_filter_name !== undefined){
if(typeof data.vocabulary_filter_name !== "string"){
const err16 = {instancePath:instancePath+"/vocabulary_filter_name",schemaPath:"#/properties/vocabulary_filter_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.vocabulary_filter_names !== undefined){
if(typeof data.vocabulary_filter_names !== "string"){
const err17 = {instancePath:instancePath+"/vocabulary_filter_names",schemaPath:"#/properties/vocabulary_filter_names/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.vocabulary_name !== undefined){
if(typeof data.vocabulary_name !== "string"){
const err18 = {instancePath:instancePath+"/vocabulary_name",schemaPath:"#/properties/vocabulary_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.vocabulary_names !== undefined){
if(typeof data.vocabulary_names !== "string"){
const err19 = {instancePath:instancePath+"/vocabulary_names",schemaPath:"#/properties/vocabulary_names/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate232.errors = vErrors;
return errors === 0;
}

const schema108 = {"$id":"/closed/DeepgramAsyncConfig","properties":{"callback":{"type":"string"},"callback_method":{"type":"string"},"credential_id":{"type":"string"},"custom_intent":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"custom_intent_mode":{"type":"string"},"custom_topic":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"custom_topic_mode":{"type":"string"},"detect_entities":{"type":"boolean"},"detect_language":{"anyOf":[{"type":"boolean"},{"items":{"type":"string"},"type":"array"}]},"detect_topics":{"type":"boolean"},"diarize":{"type":"boolean"},"diarize_version":{"type":"string"},"dictation":{"type":"boolean"},"encoding":{"type":"string"},"extra":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"filler_words":{"type":"boolean"},"intents":{"type":"boolean"},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"language":{"type":"string"},"measurements":{"type":"boolean"},"mip_opt_out":{"type":"boolean"},"model":{"anyOf":[{"type":"string"},{"type":"string"}]},"multichannel":{"type":"boolean"},"numerals":{"type":"boolean"},"paragraphs":{"type":"boolean"},"profanity_filter":{"type":"boolean"},"punctuate":{"type":"boolean"},"redact":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"replace":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"search":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"sentiment":{"type":"boolean"},"smart_format":{"type":"boolean"},"summarize":{"type":["string","boolean"]},"tag":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"},{"type":"boolean"}]},"tier":{"type":"string"},"topics":{"type":"boolean"},"utt_split":{"type":"number"},"utterances":{"type":"boolean"},"version":{"anyOf":[{"type":"string"},{"type":"string"}]}},"type":"object","additionalProperties":false};

function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/DeepgramAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema108.properties, key0))){
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
if(data.callback !== undefined){
if(typeof data.callback !== "string"){
const err1 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.callback_method !== undefined){
if(typeof data.callback_method !== "string"){
const err2 = {instancePath:instancePath+"/callback_method",schemaPath:"#/properties/callback_method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.credential_id !== undefined){
if(typeof data.credential_id !== "string"){
const err3 = {instancePath:instancePath+"/credential_id",schemaPath:"#/properties/credential_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.custom_intent !== undefined){
let data3 = data.custom_intent;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs12 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err5 = {instancePath:instancePath+"/custom_intent/" + i0,schemaPath:"#/properties/custom_intent/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/custom_intent",schemaPath:"#/properties/custom_intent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.custom_intent_mode !== undefined){
if(typeof data.custom_intent_mode !== "string"){
const err8 = {instancePath:instancePath+"/custom_intent_mode",schemaPath:"#/properties/custom_intent_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.custom_topic !== undefined){
let data6 = data.custom_topic;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs22 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err10 = {instancePath:instancePath+"/custom_topic/" + i1,schemaPath:"#/properties/custom_topic/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err12 = {instancePath:instancePath+"/custom_topic",schemaPath:"#/properties/custom_topic/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.custom_topic_mode !== undefined){
if(typeof data.custom_topic_mode !== "string"){
const err13 = {instancePath:instancePath+"/custom_topic_mode",schemaPath:"#/properties/custom_topic_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.detect_entities !== undefined){
if(typeof data.detect_entities !== "boolean"){
const err14 = {instancePath:instancePath+"/detect_entities",schemaPath:"#/properties/detect_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.detect_language !== undefined){
let data10 = data.detect_language;
const _errs31 = errors;
let valid7 = false;
const _errs32 = errors;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs34 = errors;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(typeof data10[i2] !== "string"){
const err16 = {instancePath:instancePath+"/detect_language/" + i2,schemaPath:"#/properties/detect_language/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err18 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.detect_topics !== undefined){
if(typeof data.detect_topics !== "boolean"){
const err19 = {instancePath:instancePath+"/detect_topics",schemaPath:"#/properties/detect_topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.diarize !== undefined){
if(typeof data.diarize !== "boolean"){
const err20 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.diarize_version !== undefined){
if(typeof data.diarize_version !== "string"){
const err21 = {instancePath:instancePath+"/diarize_version",schemaPath:"#/properties/diarize_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.dictation !== undefined){
if(typeof data.dictation !== "boolean"){
const err22 = {instancePath:instancePath+"/dictation",schemaPath:"#/properties/dictation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.encoding !== undefined){
if(typeof data.encoding !== "string"){
const err23 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.extra !== undefined){
let data17 = data.extra;
const _errs49 = errors;
let valid10 = false;
const _errs50 = errors;
if(typeof data17 !== "string"){
const err24 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs50 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs52 = errors;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
if(typeof data17[i3] !== "string"){
const err25 = {instancePath:instancePath+"/extra/" + i3,schemaPath:"#/properties/extra/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs52 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err27 = {instancePath:instancePath+"/extra",schemaPath:"#/properties/extra/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data.filler_words !== undefined){
if(typeof data.filler_words !== "boolean"){
const err28 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.intents !== undefined){
if(typeof data.intents !== "boolean"){
const err29 = {instancePath:instancePath+"/intents",schemaPath:"#/properties/intents/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data21 = data.keyterm;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
if(typeof data21[i4] !== "string"){
const err30 = {instancePath:instancePath+"/keyterm/" + i4,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.keywords !== undefined){
let data23 = data.keywords;
const _errs65 = errors;
let valid15 = false;
const _errs66 = errors;
if(typeof data23 !== "string"){
const err32 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid4 = _errs66 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const _errs68 = errors;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
if(typeof data23[i5] !== "string"){
const err33 = {instancePath:instancePath+"/keywords/" + i5,schemaPath:"#/properties/keywords/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid4 = _errs68 === errors;
valid15 = valid15 || _valid4;
}
if(!valid15){
const err35 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err36 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.measurements !== undefined){
if(typeof data.measurements !== "boolean"){
const err37 = {instancePath:instancePath+"/measurements",schemaPath:"#/properties/measurements/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
if(typeof data.mip_opt_out !== "boolean"){
const err38 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.model !== undefined){
let data28 = data.model;
const _errs79 = errors;
let valid18 = false;
const _errs80 = errors;
if(typeof data28 !== "string"){
const err39 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid5 = _errs80 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs82 = errors;
if(typeof data28 !== "string"){
const err40 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid5 = _errs82 === errors;
valid18 = valid18 || _valid5;
}
if(!valid18){
const err41 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "boolean"){
const err42 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.numerals !== undefined){
if(typeof data.numerals !== "boolean"){
const err43 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.paragraphs !== undefined){
if(typeof data.paragraphs !== "boolean"){
const err44 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
if(typeof data.profanity_filter !== "boolean"){
const err45 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.punctuate !== undefined){
if(typeof data.punctuate !== "boolean"){
const err46 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.redact !== undefined){
let data34 = data.redact;
const _errs95 = errors;
let valid19 = false;
const _errs96 = errors;
if(typeof data34 !== "string"){
const err47 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid6 = _errs96 === errors;
valid19 = valid19 || _valid6;
if(!valid19){
const _errs98 = errors;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
if(typeof data34[i6] !== "string"){
const err48 = {instancePath:instancePath+"/redact/" + i6,schemaPath:"#/properties/redact/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid6 = _errs98 === errors;
valid19 = valid19 || _valid6;
}
if(!valid19){
const err50 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
if(data.replace !== undefined){
let data36 = data.replace;
const _errs103 = errors;
let valid22 = false;
const _errs104 = errors;
if(typeof data36 !== "string"){
const err51 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid7 = _errs104 === errors;
valid22 = valid22 || _valid7;
if(!valid22){
const _errs106 = errors;
if(Array.isArray(data36)){
const len7 = data36.length;
for(let i7=0; i7<len7; i7++){
if(typeof data36[i7] !== "string"){
const err52 = {instancePath:instancePath+"/replace/" + i7,schemaPath:"#/properties/replace/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid7 = _errs106 === errors;
valid22 = valid22 || _valid7;
}
if(!valid22){
const err54 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
}
if(data.search !== undefined){
let data38 = data.search;
const _errs111 = errors;
let valid25 = false;
const _errs112 = errors;
if(typeof data38 !== "string"){
const err55 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid8 = _errs112 === errors;
valid25 = valid25 || _valid8;
if(!valid25){
const _errs114 = errors;
if(Array.isArray(data38)){
const len8 = data38.length;
for(let i8=0; i8<len8; i8++){
if(typeof data38[i8] !== "string"){
const err56 = {instancePath:instancePath+"/search/" + i8,schemaPath:"#/properties/search/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid8 = _errs114 === errors;
valid25 = valid25 || _valid8;
}
if(!valid25){
const err58 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
if(data.sentiment !== undefined){
if(typeof data.sentiment !== "boolean"){
const err59 = {instancePath:instancePath+"/sentiment",schemaPath:"#/properties/sentiment/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.smart_format !== undefined){
if(typeof data.smart_format !== "boolean"){
const err60 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.summarize !== undefined){
let data42 = data.summarize;
if((typeof data42 !== "string") && (typeof data42 !== "boolean")){
const err61 = {instancePath:instancePath+"/summarize",schemaPath:"#/properties/summarize/type",keyword:"type",params:{type: schema108.properties.summarize.type}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.tag !== undefined){
let data43 = data.tag;
const _errs125 = errors;
let valid28 = false;
const _errs126 = errors;
if(typeof data43 !== "string"){
const err62 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid9 = _errs126 === errors;
valid28 = valid28 || _valid9;
if(!valid28){
const _errs128 = errors;
if(Array.isArray(data43)){
const len9 = data43.length;
for(let i9=0; i9<len9; i9++){
if(typeof data43[i9] !== "string"){
const err63 = {instancePath:instancePath+"/tag/" + i9,schemaPath:"#/properties/tag/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid9 = _errs128 === errors;
valid28 = valid28 || _valid9;
if(!valid28){
const _errs132 = errors;
if(typeof data43 !== "boolean"){
const err65 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf/2/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid9 = _errs132 === errors;
valid28 = valid28 || _valid9;
}
}
if(!valid28){
const err66 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err67 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.topics !== undefined){
if(typeof data.topics !== "boolean"){
const err68 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.utt_split !== undefined){
let data47 = data.utt_split;
if(!((typeof data47 == "number") && (isFinite(data47)))){
const err69 = {instancePath:instancePath+"/utt_split",schemaPath:"#/properties/utt_split/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.utterances !== undefined){
if(typeof data.utterances !== "boolean"){
const err70 = {instancePath:instancePath+"/utterances",schemaPath:"#/properties/utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.version !== undefined){
let data49 = data.version;
const _errs143 = errors;
let valid31 = false;
const _errs144 = errors;
if(typeof data49 !== "string"){
const err71 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid10 = _errs144 === errors;
valid31 = valid31 || _valid10;
if(!valid31){
const _errs146 = errors;
if(typeof data49 !== "string"){
const err72 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid10 = _errs146 === errors;
valid31 = valid31 || _valid10;
}
if(!valid31){
const err73 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate234.errors = vErrors;
return errors === 0;
}

const schema109 = {"$id":"/closed/DeepgramStreamingConfig","properties":{"alternatives":{"type":"integer"},"diarize":{"type":["string","boolean"]},"diarize_version":{"type":"string"},"dictation":{"type":"string"},"endpointing":{"type":["integer","boolean","string"]},"extra":{},"filler_words":{"type":["string","boolean"]},"interim_results":{"type":["string","boolean"]},"keyterm":{"items":{"type":"string"},"type":"array"},"keywords":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"language":{"type":"string"},"log_data":{"type":"boolean"},"mip_opt_out":{"type":["boolean","string"]},"model":{"type":"string"},"multichannel":{"type":"string"},"ner":{"type":"boolean"},"numerals":{"type":["string","boolean"]},"profanity_filter":{"type":["string","boolean"]},"punctuate":{"type":["string","boolean"]},"redact":{"items":{"type":"string"},"type":["string","array"]},"replace":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"search":{"anyOf":[{"type":"string"},{"items":{"type":"string"},"type":"array"}]},"smart_format":{"type":["string","boolean"]},"tag":{},"tier":{"type":"string"},"utterance_end_ms":{},"vad_events":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false};

function validate236(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/DeepgramStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema109.properties, key0))){
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
let data1 = data.diarize;
if((typeof data1 !== "string") && (typeof data1 !== "boolean")){
const err2 = {instancePath:instancePath+"/diarize",schemaPath:"#/properties/diarize/type",keyword:"type",params:{type: schema109.properties.diarize.type}};
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
if(data.dictation !== undefined){
if(typeof data.dictation !== "string"){
const err4 = {instancePath:instancePath+"/dictation",schemaPath:"#/properties/dictation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data4 = data.endpointing;
if(((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "boolean")) && (typeof data4 !== "string")){
const err5 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: schema109.properties.endpointing.type}};
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
let data5 = data.filler_words;
if((typeof data5 !== "string") && (typeof data5 !== "boolean")){
const err6 = {instancePath:instancePath+"/filler_words",schemaPath:"#/properties/filler_words/type",keyword:"type",params:{type: schema109.properties.filler_words.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.interim_results !== undefined){
let data6 = data.interim_results;
if((typeof data6 !== "string") && (typeof data6 !== "boolean")){
const err7 = {instancePath:instancePath+"/interim_results",schemaPath:"#/properties/interim_results/type",keyword:"type",params:{type: schema109.properties.interim_results.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.keyterm !== undefined){
let data7 = data.keyterm;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err8 = {instancePath:instancePath+"/keyterm/" + i0,schemaPath:"#/properties/keyterm/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/keyterm",schemaPath:"#/properties/keyterm/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.keywords !== undefined){
let data9 = data.keywords;
const _errs21 = errors;
let valid3 = false;
const _errs22 = errors;
if(typeof data9 !== "string"){
const err10 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs24 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err11 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err13 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err14 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.log_data !== undefined){
if(typeof data.log_data !== "boolean"){
const err15 = {instancePath:instancePath+"/log_data",schemaPath:"#/properties/log_data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.mip_opt_out !== undefined){
let data13 = data.mip_opt_out;
if((typeof data13 !== "boolean") && (typeof data13 !== "string")){
const err16 = {instancePath:instancePath+"/mip_opt_out",schemaPath:"#/properties/mip_opt_out/type",keyword:"type",params:{type: schema109.properties.mip_opt_out.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err17 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.multichannel !== undefined){
if(typeof data.multichannel !== "string"){
const err18 = {instancePath:instancePath+"/multichannel",schemaPath:"#/properties/multichannel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.ner !== undefined){
if(typeof data.ner !== "boolean"){
const err19 = {instancePath:instancePath+"/ner",schemaPath:"#/properties/ner/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.numerals !== undefined){
let data17 = data.numerals;
if((typeof data17 !== "string") && (typeof data17 !== "boolean")){
const err20 = {instancePath:instancePath+"/numerals",schemaPath:"#/properties/numerals/type",keyword:"type",params:{type: schema109.properties.numerals.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.profanity_filter !== undefined){
let data18 = data.profanity_filter;
if((typeof data18 !== "string") && (typeof data18 !== "boolean")){
const err21 = {instancePath:instancePath+"/profanity_filter",schemaPath:"#/properties/profanity_filter/type",keyword:"type",params:{type: schema109.properties.profanity_filter.type}};
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
let data19 = data.punctuate;
if((typeof data19 !== "string") && (typeof data19 !== "boolean")){
const err22 = {instancePath:instancePath+"/punctuate",schemaPath:"#/properties/punctuate/type",keyword:"type",params:{type: schema109.properties.punctuate.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.redact !== undefined){
let data20 = data.redact;
if((typeof data20 !== "string") && (!(Array.isArray(data20)))){
const err23 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: schema109.properties.redact.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(typeof data20[i2] !== "string"){
const err24 = {instancePath:instancePath+"/redact/" + i2,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: "string"}};
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
}
if(data.replace !== undefined){
let data22 = data.replace;
const _errs51 = errors;
let valid8 = false;
const _errs52 = errors;
if(typeof data22 !== "string"){
const err25 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs52 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs54 = errors;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
if(typeof data22[i3] !== "string"){
const err26 = {instancePath:instancePath+"/replace/" + i3,schemaPath:"#/properties/replace/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
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
const err27 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs54 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err28 = {instancePath:instancePath+"/replace",schemaPath:"#/properties/replace/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.search !== undefined){
let data24 = data.search;
const _errs59 = errors;
let valid11 = false;
const _errs60 = errors;
if(typeof data24 !== "string"){
const err29 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs60 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs62 = errors;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
if(typeof data24[i4] !== "string"){
const err30 = {instancePath:instancePath+"/search/" + i4,schemaPath:"#/properties/search/anyOf/1/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs62 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err32 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.smart_format !== undefined){
let data26 = data.smart_format;
if((typeof data26 !== "string") && (typeof data26 !== "boolean")){
const err33 = {instancePath:instancePath+"/smart_format",schemaPath:"#/properties/smart_format/type",keyword:"type",params:{type: schema109.properties.smart_format.type}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err34 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.vad_events !== undefined){
if(typeof data.vad_events !== "string"){
const err35 = {instancePath:instancePath+"/vad_events",schemaPath:"#/properties/vad_events/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err36 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
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
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate236.errors = vErrors;
return errors === 0;
}

const schema110 = {"$id":"/closed/ElevenlabsAsyncConfig","additionalProperties":true,"type":"object"};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ElevenlabsAsyncConfig" */;
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
validate238.errors = vErrors;
return errors === 0;
}

const schema111 = {"$id":"/closed/ElevenlabsStreamingConfig","properties":{"language_code":{"type":"string"},"model_id":{"type":"string"},"previous_text":{"type":"string"}},"type":"object","additionalProperties":false};

function validate240(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ElevenlabsStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "language_code") || (key0 === "model_id")) || (key0 === "previous_text"))){
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
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err1 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.model_id !== undefined){
if(typeof data.model_id !== "string"){
const err2 = {instancePath:instancePath+"/model_id",schemaPath:"#/properties/model_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.previous_text !== undefined){
if(typeof data.previous_text !== "string"){
const err3 = {instancePath:instancePath+"/previous_text",schemaPath:"#/properties/previous_text/type",keyword:"type",params:{type: "string"}};
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
validate240.errors = vErrors;
return errors === 0;
}

const schema112 = {"$id":"/closed/GladiaV1AsyncConfig","properties":{"diarization_max_speakers":{"type":"integer"},"diarization_min_speakers":{"type":"integer"},"diarization_num_speakers":{"type":"integer"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"target_translation_language":{"type":"string"},"toggle_diarization":{"type":"string"},"toggle_direct_translate":{"type":"boolean"},"toggle_noise_reduction":{"type":"boolean"},"transcription_hint":{"type":"string"}},"type":"object","additionalProperties":false};

function validate242(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/GladiaV1AsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema112.properties, key0))){
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
validate242.errors = vErrors;
return errors === 0;
}

const schema113 = {"$id":"/closed/GladiaV1StreamingConfig","properties":{"audio_enhancer":{"type":"boolean"},"endpointing":{"type":"number"},"language":{"type":"string"},"language_behaviour":{"type":"string"},"model_type":{"type":"string"},"transcription_hint":{"type":"string"}},"type":"object","additionalProperties":false};

function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/GladiaV1StreamingConfig" */;
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
validate244.errors = vErrors;
return errors === 0;
}

const schema114 = {"$id":"/closed/GladiaV2AsyncConfig","properties":{"audio_to_llm":{"type":"boolean"},"audio_to_llm_config":{"properties":{"prompts":{"items":{"items":{"type":"string"},"type":["array","string"]},"type":"array"}},"type":"object","additionalProperties":false},"callback":{"type":"boolean"},"callback_config":{"properties":{"method":{"type":"string"},"url":{"format":"uri","type":"string"}},"type":"object","additionalProperties":false},"callback_url":{"format":"uri","type":"string"},"chapterization":{"type":"boolean"},"code_switching_config":{"properties":{"languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"context_prompt":{"type":"string"},"custom_metadata":{"type":"object"},"custom_spelling":{"type":"boolean"},"custom_spelling_config":{"properties":{"spelling_dictionary":{"type":"object"}},"type":"object","additionalProperties":false},"custom_vocabulary":{"type":["boolean","string"]},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"anyOf":[{"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object","additionalProperties":false},{"type":"string"}]},"type":"array"}},"type":"object","additionalProperties":false},"detect_language":{"type":"boolean"},"diarization":{"type":"boolean"},"diarization_config":{"properties":{"enhanced":{"type":"boolean"},"max_speakers":{"type":"integer"},"min_speakers":{"type":"integer"},"number_of_speakers":{"type":"integer"}},"type":"object","additionalProperties":false},"display_mode":{"type":"boolean"},"enable_code_switching":{"type":"boolean"},"language":{"type":"string"},"language_config":{"properties":{"code_switching":{"type":"boolean"},"languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"moderation":{"type":"boolean"},"name_consistency":{"type":"boolean"},"named_entity_recognition":{"type":"boolean"},"punctuation_enhanced":{"type":"boolean"},"sentences":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"structured_data_extraction":{"type":"boolean"},"structured_data_extraction_config":{"properties":{"classes":{"items":{"items":{"type":"string"},"type":"array"},"type":"array"}},"type":"object","additionalProperties":false},"subtitles":{"type":"boolean"},"subtitles_config":{"properties":{"formats":{"items":{"type":"string"},"type":"array"},"maximum_characters_per_row":{"type":"integer"},"maximum_duration":{"type":"number"},"maximum_rows_per_caption":{"type":"integer"},"minimum_duration":{"type":"number"},"style":{"type":"string"}},"type":"object","additionalProperties":false},"summarization":{"type":"boolean"},"summarization_config":{"properties":{"type":{"type":"string"}},"type":"object","additionalProperties":false},"translation":{"type":"boolean"},"translation_config":{"properties":{"context":{"type":"string"},"context_adaptation":{"type":"boolean"},"informal":{"type":"boolean"},"lipsync":{"type":"boolean"},"match_original_utterances":{"type":"boolean"},"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/GladiaV2AsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema114.properties, key0))){
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
let data1 = data.audio_to_llm_config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(key1 === "prompts")){
const err2 = {instancePath:instancePath+"/audio_to_llm_config",schemaPath:"#/properties/audio_to_llm_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.prompts !== undefined){
let data2 = data1.prompts;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((!(Array.isArray(data3))) && (typeof data3 !== "string")){
const err3 = {instancePath:instancePath+"/audio_to_llm_config/prompts/" + i0,schemaPath:"#/properties/audio_to_llm_config/properties/prompts/items/type",keyword:"type",params:{type: schema114.properties.audio_to_llm_config.properties.prompts.items.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err4 = {instancePath:instancePath+"/audio_to_llm_config/prompts/" + i0+"/" + i1,schemaPath:"#/properties/audio_to_llm_config/properties/prompts/items/items/type",keyword:"type",params:{type: "string"}};
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
}
}
else {
const err5 = {instancePath:instancePath+"/audio_to_llm_config/prompts",schemaPath:"#/properties/audio_to_llm_config/properties/prompts/type",keyword:"type",params:{type: "array"}};
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
const err6 = {instancePath:instancePath+"/audio_to_llm_config",schemaPath:"#/properties/audio_to_llm_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.callback !== undefined){
if(typeof data.callback !== "boolean"){
const err7 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.callback_config !== undefined){
let data6 = data.callback_config;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!((key2 === "method") || (key2 === "url"))){
const err8 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.method !== undefined){
if(typeof data6.method !== "string"){
const err9 = {instancePath:instancePath+"/callback_config/method",schemaPath:"#/properties/callback_config/properties/method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.url !== undefined){
let data8 = data6.url;
if(typeof data8 === "string"){
if(!(formats28.test(data8))){
const err10 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.callback_url !== undefined){
let data9 = data.callback_url;
if(typeof data9 === "string"){
if(!(formats28.test(data9))){
const err13 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/callback_url",schemaPath:"#/properties/callback_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.chapterization !== undefined){
if(typeof data.chapterization !== "boolean"){
const err15 = {instancePath:instancePath+"/chapterization",schemaPath:"#/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.code_switching_config !== undefined){
let data11 = data.code_switching_config;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
if(!(key3 === "languages")){
const err16 = {instancePath:instancePath+"/code_switching_config",schemaPath:"#/properties/code_switching_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.languages !== undefined){
let data12 = data11.languages;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err17 = {instancePath:instancePath+"/code_switching_config/languages/" + i2,schemaPath:"#/properties/code_switching_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/code_switching_config/languages",schemaPath:"#/properties/code_switching_config/properties/languages/type",keyword:"type",params:{type: "array"}};
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
const err19 = {instancePath:instancePath+"/code_switching_config",schemaPath:"#/properties/code_switching_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.context_prompt !== undefined){
if(typeof data.context_prompt !== "string"){
const err20 = {instancePath:instancePath+"/context_prompt",schemaPath:"#/properties/context_prompt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.custom_metadata !== undefined){
let data15 = data.custom_metadata;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err21 = {instancePath:instancePath+"/custom_metadata",schemaPath:"#/properties/custom_metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.custom_spelling !== undefined){
if(typeof data.custom_spelling !== "boolean"){
const err22 = {instancePath:instancePath+"/custom_spelling",schemaPath:"#/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.custom_spelling_config !== undefined){
let data17 = data.custom_spelling_config;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
if(!(key4 === "spelling_dictionary")){
const err23 = {instancePath:instancePath+"/custom_spelling_config",schemaPath:"#/properties/custom_spelling_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.spelling_dictionary !== undefined){
let data18 = data17.spelling_dictionary;
if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){
const err24 = {instancePath:instancePath+"/custom_spelling_config/spelling_dictionary",schemaPath:"#/properties/custom_spelling_config/properties/spelling_dictionary/type",keyword:"type",params:{type: "object"}};
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
const err25 = {instancePath:instancePath+"/custom_spelling_config",schemaPath:"#/properties/custom_spelling_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
let data19 = data.custom_vocabulary;
if((typeof data19 !== "boolean") && (typeof data19 !== "string")){
const err26 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: schema114.properties.custom_vocabulary.type}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
let data20 = data.custom_vocabulary_config;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!((key5 === "default_intensity") || (key5 === "vocabulary"))){
const err27 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data20.default_intensity !== undefined){
let data21 = data20.default_intensity;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err28 = {instancePath:instancePath+"/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.vocabulary !== undefined){
let data22 = data20.vocabulary;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
const _errs54 = errors;
let valid14 = false;
const _errs55 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key6 in data23){
if(!((((key6 === "intensity") || (key6 === "language")) || (key6 === "pronunciations")) || (key6 === "value"))){
const err29 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data23.intensity !== undefined){
let data24 = data23.intensity;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err30 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data23.language !== undefined){
if(typeof data23.language !== "string"){
const err31 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/language",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.pronunciations !== undefined){
let data26 = data23.pronunciations;
if(Array.isArray(data26)){
const len4 = data26.length;
for(let i4=0; i4<len4; i4++){
if(typeof data26[i4] !== "string"){
const err32 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/pronunciations/" + i4,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/pronunciations",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.value !== undefined){
if(typeof data23.value !== "string"){
const err34 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3+"/value",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs55 === errors;
valid14 = valid14 || _valid0;
if(!valid14){
const _errs68 = errors;
if(typeof data23 !== "string"){
const err36 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs68 === errors;
valid14 = valid14 || _valid0;
}
if(!valid14){
const err37 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i3,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
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
const err39 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err40 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "boolean"){
const err41 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.diarization_config !== undefined){
let data31 = data.diarization_config;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
if(!((((key7 === "enhanced") || (key7 === "max_speakers")) || (key7 === "min_speakers")) || (key7 === "number_of_speakers"))){
const err42 = {instancePath:instancePath+"/diarization_config",schemaPath:"#/properties/diarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data31.enhanced !== undefined){
if(typeof data31.enhanced !== "boolean"){
const err43 = {instancePath:instancePath+"/diarization_config/enhanced",schemaPath:"#/properties/diarization_config/properties/enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data31.max_speakers !== undefined){
let data33 = data31.max_speakers;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err44 = {instancePath:instancePath+"/diarization_config/max_speakers",schemaPath:"#/properties/diarization_config/properties/max_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data31.min_speakers !== undefined){
let data34 = data31.min_speakers;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err45 = {instancePath:instancePath+"/diarization_config/min_speakers",schemaPath:"#/properties/diarization_config/properties/min_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data31.number_of_speakers !== undefined){
let data35 = data31.number_of_speakers;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err46 = {instancePath:instancePath+"/diarization_config/number_of_speakers",schemaPath:"#/properties/diarization_config/properties/number_of_speakers/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/diarization_config",schemaPath:"#/properties/diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.display_mode !== undefined){
if(typeof data.display_mode !== "boolean"){
const err48 = {instancePath:instancePath+"/display_mode",schemaPath:"#/properties/display_mode/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.enable_code_switching !== undefined){
if(typeof data.enable_code_switching !== "boolean"){
const err49 = {instancePath:instancePath+"/enable_code_switching",schemaPath:"#/properties/enable_code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err50 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.language_config !== undefined){
let data39 = data.language_config;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key8 in data39){
if(!((key8 === "code_switching") || (key8 === "languages"))){
const err51 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data39.code_switching !== undefined){
if(typeof data39.code_switching !== "boolean"){
const err52 = {instancePath:instancePath+"/language_config/code_switching",schemaPath:"#/properties/language_config/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data39.languages !== undefined){
let data41 = data39.languages;
if(Array.isArray(data41)){
const len5 = data41.length;
for(let i5=0; i5<len5; i5++){
if(typeof data41[i5] !== "string"){
const err53 = {instancePath:instancePath+"/language_config/languages/" + i5,schemaPath:"#/properties/language_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/language_config/languages",schemaPath:"#/properties/language_config/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.moderation !== undefined){
if(typeof data.moderation !== "boolean"){
const err56 = {instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.name_consistency !== undefined){
if(typeof data.name_consistency !== "boolean"){
const err57 = {instancePath:instancePath+"/name_consistency",schemaPath:"#/properties/name_consistency/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.named_entity_recognition !== undefined){
if(typeof data.named_entity_recognition !== "boolean"){
const err58 = {instancePath:instancePath+"/named_entity_recognition",schemaPath:"#/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.punctuation_enhanced !== undefined){
if(typeof data.punctuation_enhanced !== "boolean"){
const err59 = {instancePath:instancePath+"/punctuation_enhanced",schemaPath:"#/properties/punctuation_enhanced/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.sentences !== undefined){
if(typeof data.sentences !== "boolean"){
const err60 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err61 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.structured_data_extraction !== undefined){
if(typeof data.structured_data_extraction !== "boolean"){
const err62 = {instancePath:instancePath+"/structured_data_extraction",schemaPath:"#/properties/structured_data_extraction/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.structured_data_extraction_config !== undefined){
let data50 = data.structured_data_extraction_config;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key9 in data50){
if(!(key9 === "classes")){
const err63 = {instancePath:instancePath+"/structured_data_extraction_config",schemaPath:"#/properties/structured_data_extraction_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data50.classes !== undefined){
let data51 = data50.classes;
if(Array.isArray(data51)){
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
let data52 = data51[i6];
if(Array.isArray(data52)){
const len7 = data52.length;
for(let i7=0; i7<len7; i7++){
if(typeof data52[i7] !== "string"){
const err64 = {instancePath:instancePath+"/structured_data_extraction_config/classes/" + i6+"/" + i7,schemaPath:"#/properties/structured_data_extraction_config/properties/classes/items/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/structured_data_extraction_config/classes/" + i6,schemaPath:"#/properties/structured_data_extraction_config/properties/classes/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/structured_data_extraction_config/classes",schemaPath:"#/properties/structured_data_extraction_config/properties/classes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/structured_data_extraction_config",schemaPath:"#/properties/structured_data_extraction_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.subtitles !== undefined){
if(typeof data.subtitles !== "boolean"){
const err68 = {instancePath:instancePath+"/subtitles",schemaPath:"#/properties/subtitles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.subtitles_config !== undefined){
let data55 = data.subtitles_config;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key10 in data55){
if(!((((((key10 === "formats") || (key10 === "maximum_characters_per_row")) || (key10 === "maximum_duration")) || (key10 === "maximum_rows_per_caption")) || (key10 === "minimum_duration")) || (key10 === "style"))){
const err69 = {instancePath:instancePath+"/subtitles_config",schemaPath:"#/properties/subtitles_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data55.formats !== undefined){
let data56 = data55.formats;
if(Array.isArray(data56)){
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
if(typeof data56[i8] !== "string"){
const err70 = {instancePath:instancePath+"/subtitles_config/formats/" + i8,schemaPath:"#/properties/subtitles_config/properties/formats/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/subtitles_config/formats",schemaPath:"#/properties/subtitles_config/properties/formats/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data55.maximum_characters_per_row !== undefined){
let data58 = data55.maximum_characters_per_row;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err72 = {instancePath:instancePath+"/subtitles_config/maximum_characters_per_row",schemaPath:"#/properties/subtitles_config/properties/maximum_characters_per_row/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data55.maximum_duration !== undefined){
let data59 = data55.maximum_duration;
if(!((typeof data59 == "number") && (isFinite(data59)))){
const err73 = {instancePath:instancePath+"/subtitles_config/maximum_duration",schemaPath:"#/properties/subtitles_config/properties/maximum_duration/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data55.maximum_rows_per_caption !== undefined){
let data60 = data55.maximum_rows_per_caption;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err74 = {instancePath:instancePath+"/subtitles_config/maximum_rows_per_caption",schemaPath:"#/properties/subtitles_config/properties/maximum_rows_per_caption/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data55.minimum_duration !== undefined){
let data61 = data55.minimum_duration;
if(!((typeof data61 == "number") && (isFinite(data61)))){
const err75 = {instancePath:instancePath+"/subtitles_config/minimum_duration",schemaPath:"#/properties/subtitles_config/properties/minimum_duration/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data55.style !== undefined){
if(typeof data55.style !== "string"){
const err76 = {instancePath:instancePath+"/subtitles_config/style",schemaPath:"#/properties/subtitles_config/properties/style/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/subtitles_config",schemaPath:"#/properties/subtitles_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.summarization !== undefined){
if(typeof data.summarization !== "boolean"){
const err78 = {instancePath:instancePath+"/summarization",schemaPath:"#/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data64 = data.summarization_config;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key11 in data64){
if(!(key11 === "type")){
const err79 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data64.type !== undefined){
if(typeof data64.type !== "string"){
const err80 = {instancePath:instancePath+"/summarization_config/type",schemaPath:"#/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.translation !== undefined){
if(typeof data.translation !== "boolean"){
const err82 = {instancePath:instancePath+"/translation",schemaPath:"#/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data67 = data.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key12 in data67){
if(!(((((((key12 === "context") || (key12 === "context_adaptation")) || (key12 === "informal")) || (key12 === "lipsync")) || (key12 === "match_original_utterances")) || (key12 === "model")) || (key12 === "target_languages"))){
const err83 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data67.context !== undefined){
if(typeof data67.context !== "string"){
const err84 = {instancePath:instancePath+"/translation_config/context",schemaPath:"#/properties/translation_config/properties/context/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data67.context_adaptation !== undefined){
if(typeof data67.context_adaptation !== "boolean"){
const err85 = {instancePath:instancePath+"/translation_config/context_adaptation",schemaPath:"#/properties/translation_config/properties/context_adaptation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data67.informal !== undefined){
if(typeof data67.informal !== "boolean"){
const err86 = {instancePath:instancePath+"/translation_config/informal",schemaPath:"#/properties/translation_config/properties/informal/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data67.lipsync !== undefined){
if(typeof data67.lipsync !== "boolean"){
const err87 = {instancePath:instancePath+"/translation_config/lipsync",schemaPath:"#/properties/translation_config/properties/lipsync/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data67.match_original_utterances !== undefined){
if(typeof data67.match_original_utterances !== "boolean"){
const err88 = {instancePath:instancePath+"/translation_config/match_original_utterances",schemaPath:"#/properties/translation_config/properties/match_original_utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data67.model !== undefined){
if(typeof data67.model !== "string"){
const err89 = {instancePath:instancePath+"/translation_config/model",schemaPath:"#/properties/translation_config/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data67.target_languages !== undefined){
let data74 = data67.target_languages;
if(Array.isArray(data74)){
const len9 = data74.length;
for(let i9=0; i9<len9; i9++){
if(typeof data74[i9] !== "string"){
const err90 = {instancePath:instancePath+"/translation_config/target_languages/" + i9,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
validate246.errors = vErrors;
return errors === 0;
}

const schema115 = {"$id":"/closed/GladiaV2StreamingConfig","properties":{"audio_enhancer":{"type":"boolean"},"callback":{"type":"boolean"},"callback_config":{"properties":{"receive_acknowledgments":{"type":"boolean"},"receive_errors":{"type":"boolean"},"receive_final_transcripts":{"type":"boolean"},"receive_lifecycle_events":{"type":"boolean"},"receive_post_processing_events":{"type":"boolean"},"receive_pre_processing_events":{"type":"boolean"},"receive_realtime_processing_events":{"type":"boolean"},"receive_speech_events":{"type":"boolean"},"url":{"format":"uri","type":"string"}},"type":"object","additionalProperties":false},"code_switching":{"type":"boolean"},"custom_metadata":{"type":"object"},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"integer"},"vocabulary":{"items":{"properties":{"intensity":{"type":"integer"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"endpointing":{"type":"number"},"language_config":{"properties":{"code_switching":{"type":"boolean"},"languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"languages":{"items":{"type":"string"},"type":"array"},"maximum_duration_without_endpointing":{"type":"number"},"messages_config":{"properties":{"receive_acknowledgments":{"type":"boolean"},"receive_errors":{"type":"boolean"},"receive_final_transcripts":{"type":"boolean"},"receive_lifecycle_events":{"type":"boolean"},"receive_post_processing_events":{"type":"boolean"},"receive_pre_processing_events":{"type":"boolean"},"receive_realtime_processing_events":{"type":"boolean"},"receive_speech_events":{"type":"boolean"}},"type":"object","additionalProperties":false},"model":{"type":"string"},"post_processing":{"properties":{"chapterization":{"type":"boolean"},"summarization":{"type":"boolean"},"summarization_config":{"properties":{"type":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"pre_processing":{"properties":{"audio_enhancer":{"type":"boolean"},"speech_threshold":{"type":"number"}},"type":"object","additionalProperties":false},"realtime_processing":{"properties":{"custom_spelling":{"type":"boolean"},"custom_spelling_config":{"properties":{"spelling_dictionary":{"type":"object"}},"type":"object","additionalProperties":false},"custom_vocabulary":{"type":"boolean"},"custom_vocabulary_config":{"properties":{"default_intensity":{"type":"number"},"vocabulary":{"items":{"anyOf":[{"properties":{"intensity":{"type":"number"},"language":{"type":"string"},"pronunciations":{"items":{"type":"string"},"type":"array"},"value":{"type":"string"}},"type":"object","additionalProperties":false},{"type":"string"}]},"type":"array"}},"type":"object","additionalProperties":false},"named_entity_recognition":{"type":"boolean"},"sentiment_analysis":{"type":"boolean"},"translation":{"type":"boolean"},"translation_config":{"properties":{"context":{"type":"string"},"context_adaptation":{"type":"boolean"},"informal":{"type":"boolean"},"lipsync":{"type":"boolean"},"match_original_utterances":{"type":"boolean"},"model":{"type":"string"},"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"region":{"type":"string"},"sentiment_analysis":{"type":"boolean"},"speech_threshold":{"type":"integer"}},"type":"object","additionalProperties":false};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/GladiaV2StreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema115.properties, key0))){
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
if(data.callback !== undefined){
if(typeof data.callback !== "boolean"){
const err2 = {instancePath:instancePath+"/callback",schemaPath:"#/properties/callback/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.callback_config !== undefined){
let data2 = data.callback_config;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(func2.call(schema115.properties.callback_config.properties, key1))){
const err3 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.receive_acknowledgments !== undefined){
if(typeof data2.receive_acknowledgments !== "boolean"){
const err4 = {instancePath:instancePath+"/callback_config/receive_acknowledgments",schemaPath:"#/properties/callback_config/properties/receive_acknowledgments/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.receive_errors !== undefined){
if(typeof data2.receive_errors !== "boolean"){
const err5 = {instancePath:instancePath+"/callback_config/receive_errors",schemaPath:"#/properties/callback_config/properties/receive_errors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.receive_final_transcripts !== undefined){
if(typeof data2.receive_final_transcripts !== "boolean"){
const err6 = {instancePath:instancePath+"/callback_config/receive_final_transcripts",schemaPath:"#/properties/callback_config/properties/receive_final_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.receive_lifecycle_events !== undefined){
if(typeof data2.receive_lifecycle_events !== "boolean"){
const err7 = {instancePath:instancePath+"/callback_config/receive_lifecycle_events",schemaPath:"#/properties/callback_config/properties/receive_lifecycle_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.receive_post_processing_events !== undefined){
if(typeof data2.receive_post_processing_events !== "boolean"){
const err8 = {instancePath:instancePath+"/callback_config/receive_post_processing_events",schemaPath:"#/properties/callback_config/properties/receive_post_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.receive_pre_processing_events !== undefined){
if(typeof data2.receive_pre_processing_events !== "boolean"){
const err9 = {instancePath:instancePath+"/callback_config/receive_pre_processing_events",schemaPath:"#/properties/callback_config/properties/receive_pre_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.receive_realtime_processing_events !== undefined){
if(typeof data2.receive_realtime_processing_events !== "boolean"){
const err10 = {instancePath:instancePath+"/callback_config/receive_realtime_processing_events",schemaPath:"#/properties/callback_config/properties/receive_realtime_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.receive_speech_events !== undefined){
if(typeof data2.receive_speech_events !== "boolean"){
const err11 = {instancePath:instancePath+"/callback_config/receive_speech_events",schemaPath:"#/properties/callback_config/properties/receive_speech_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.url !== undefined){
let data11 = data2.url;
if(typeof data11 === "string"){
if(!(formats28.test(data11))){
const err12 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/callback_config/url",schemaPath:"#/properties/callback_config/properties/url/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/callback_config",schemaPath:"#/properties/callback_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.code_switching !== undefined){
if(typeof data.code_switching !== "boolean"){
const err15 = {instancePath:instancePath+"/code_switching",schemaPath:"#/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.custom_metadata !== undefined){
let data13 = data.custom_metadata;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err16 = {instancePath:instancePath+"/custom_metadata",schemaPath:"#/properties/custom_metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.custom_vocabulary !== undefined){
if(typeof data.custom_vocabulary !== "boolean"){
const err17 = {instancePath:instancePath+"/custom_vocabulary",schemaPath:"#/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.custom_vocabulary_config !== undefined){
let data15 = data.custom_vocabulary_config;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(!((key2 === "default_intensity") || (key2 === "vocabulary"))){
const err18 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data15.default_intensity !== undefined){
let data16 = data15.default_intensity;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err19 = {instancePath:instancePath+"/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data15.vocabulary !== undefined){
let data17 = data15.vocabulary;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
if(!((((key3 === "intensity") || (key3 === "language")) || (key3 === "pronunciations")) || (key3 === "value"))){
const err20 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data18.intensity !== undefined){
let data19 = data18.intensity;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err21 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/intensity",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/intensity/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.language !== undefined){
if(typeof data18.language !== "string"){
const err22 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/language",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data18.pronunciations !== undefined){
let data21 = data18.pronunciations;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
if(typeof data21[i1] !== "string"){
const err23 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/pronunciations/" + i1,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/pronunciations",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data18.value !== undefined){
if(typeof data18.value !== "string"){
const err25 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0+"/value",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/properties/value/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary/" + i0,schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/items/type",keyword:"type",params:{type: "object"}};
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
const err27 = {instancePath:instancePath+"/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
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
const err28 = {instancePath:instancePath+"/custom_vocabulary_config",schemaPath:"#/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.endpointing !== undefined){
let data24 = data.endpointing;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err29 = {instancePath:instancePath+"/endpointing",schemaPath:"#/properties/endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.language_config !== undefined){
let data25 = data.language_config;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key4 in data25){
if(!((key4 === "code_switching") || (key4 === "languages"))){
const err30 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data25.code_switching !== undefined){
if(typeof data25.code_switching !== "boolean"){
const err31 = {instancePath:instancePath+"/language_config/code_switching",schemaPath:"#/properties/language_config/properties/code_switching/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data25.languages !== undefined){
let data27 = data25.languages;
if(Array.isArray(data27)){
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
if(typeof data27[i2] !== "string"){
const err32 = {instancePath:instancePath+"/language_config/languages/" + i2,schemaPath:"#/properties/language_config/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/language_config/languages",schemaPath:"#/properties/language_config/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/language_config",schemaPath:"#/properties/language_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.languages !== undefined){
let data29 = data.languages;
if(Array.isArray(data29)){
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
if(typeof data29[i3] !== "string"){
const err35 = {instancePath:instancePath+"/languages/" + i3,schemaPath:"#/properties/languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.maximum_duration_without_endpointing !== undefined){
let data31 = data.maximum_duration_without_endpointing;
if(!((typeof data31 == "number") && (isFinite(data31)))){
const err37 = {instancePath:instancePath+"/maximum_duration_without_endpointing",schemaPath:"#/properties/maximum_duration_without_endpointing/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.messages_config !== undefined){
let data32 = data.messages_config;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key5 in data32){
if(!((((((((key5 === "receive_acknowledgments") || (key5 === "receive_errors")) || (key5 === "receive_final_transcripts")) || (key5 === "receive_lifecycle_events")) || (key5 === "receive_post_processing_events")) || (key5 === "receive_pre_processing_events")) || (key5 === "receive_realtime_processing_events")) || (key5 === "receive_speech_events"))){
const err38 = {instancePath:instancePath+"/messages_config",schemaPath:"#/properties/messages_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data32.receive_acknowledgments !== undefined){
if(typeof data32.receive_acknowledgments !== "boolean"){
const err39 = {instancePath:instancePath+"/messages_config/receive_acknowledgments",schemaPath:"#/properties/messages_config/properties/receive_acknowledgments/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data32.receive_errors !== undefined){
if(typeof data32.receive_errors !== "boolean"){
const err40 = {instancePath:instancePath+"/messages_config/receive_errors",schemaPath:"#/properties/messages_config/properties/receive_errors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data32.receive_final_transcripts !== undefined){
if(typeof data32.receive_final_transcripts !== "boolean"){
const err41 = {instancePath:instancePath+"/messages_config/receive_final_transcripts",schemaPath:"#/properties/messages_config/properties/receive_final_transcripts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data32.receive_lifecycle_events !== undefined){
if(typeof data32.receive_lifecycle_events !== "boolean"){
const err42 = {instancePath:instancePath+"/messages_config/receive_lifecycle_events",schemaPath:"#/properties/messages_config/properties/receive_lifecycle_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data32.receive_post_processing_events !== undefined){
if(typeof data32.receive_post_processing_events !== "boolean"){
const err43 = {instancePath:instancePath+"/messages_config/receive_post_processing_events",schemaPath:"#/properties/messages_config/properties/receive_post_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data32.receive_pre_processing_events !== undefined){
if(typeof data32.receive_pre_processing_events !== "boolean"){
const err44 = {instancePath:instancePath+"/messages_config/receive_pre_processing_events",schemaPath:"#/properties/messages_config/properties/receive_pre_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data32.receive_realtime_processing_events !== undefined){
if(typeof data32.receive_realtime_processing_events !== "boolean"){
const err45 = {instancePath:instancePath+"/messages_config/receive_realtime_processing_events",schemaPath:"#/properties/messages_config/properties/receive_realtime_processing_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data32.receive_speech_events !== undefined){
if(typeof data32.receive_speech_events !== "boolean"){
const err46 = {instancePath:instancePath+"/messages_config/receive_speech_events",schemaPath:"#/properties/messages_config/properties/receive_speech_events/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/messages_config",schemaPath:"#/properties/messages_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err48 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.post_processing !== undefined){
let data42 = data.post_processing;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key6 in data42){
if(!(((key6 === "chapterization") || (key6 === "summarization")) || (key6 === "summarization_config"))){
const err49 = {instancePath:instancePath+"/post_processing",schemaPath:"#/properties/post_processing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data42.chapterization !== undefined){
if(typeof data42.chapterization !== "boolean"){
const err50 = {instancePath:instancePath+"/post_processing/chapterization",schemaPath:"#/properties/post_processing/properties/chapterization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data42.summarization !== undefined){
if(typeof data42.summarization !== "boolean"){
const err51 = {instancePath:instancePath+"/post_processing/summarization",schemaPath:"#/properties/post_processing/properties/summarization/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data42.summarization_config !== undefined){
let data45 = data42.summarization_config;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key7 in data45){
if(!(key7 === "type")){
const err52 = {instancePath:instancePath+"/post_processing/summarization_config",schemaPath:"#/properties/post_processing/properties/summarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data45.type !== undefined){
if(typeof data45.type !== "string"){
const err53 = {instancePath:instancePath+"/post_processing/summarization_config/type",schemaPath:"#/properties/post_processing/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/post_processing/summarization_config",schemaPath:"#/properties/post_processing/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/post_processing",schemaPath:"#/properties/post_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.pre_processing !== undefined){
let data47 = data.pre_processing;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key8 in data47){
if(!((key8 === "audio_enhancer") || (key8 === "speech_threshold"))){
const err56 = {instancePath:instancePath+"/pre_processing",schemaPath:"#/properties/pre_processing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data47.audio_enhancer !== undefined){
if(typeof data47.audio_enhancer !== "boolean"){
const err57 = {instancePath:instancePath+"/pre_processing/audio_enhancer",schemaPath:"#/properties/pre_processing/properties/audio_enhancer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data47.speech_threshold !== undefined){
let data49 = data47.speech_threshold;
if(!((typeof data49 == "number") && (isFinite(data49)))){
const err58 = {instancePath:instancePath+"/pre_processing/speech_threshold",schemaPath:"#/properties/pre_processing/properties/speech_threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/pre_processing",schemaPath:"#/properties/pre_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.realtime_processing !== undefined){
let data50 = data.realtime_processing;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key9 in data50){
if(!((((((((key9 === "custom_spelling") || (key9 === "custom_spelling_config")) || (key9 === "custom_vocabulary")) || (key9 === "custom_vocabulary_config")) || (key9 === "named_entity_recognition")) || (key9 === "sentiment_analysis")) || (key9 === "translation")) || (key9 === "translation_config"))){
const err60 = {instancePath:instancePath+"/realtime_processing",schemaPath:"#/properties/realtime_processing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data50.custom_spelling !== undefined){
if(typeof data50.custom_spelling !== "boolean"){
const err61 = {instancePath:instancePath+"/realtime_processing/custom_spelling",schemaPath:"#/properties/realtime_processing/properties/custom_spelling/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data50.custom_spelling_config !== undefined){
let data52 = data50.custom_spelling_config;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key10 in data52){
if(!(key10 === "spelling_dictionary")){
const err62 = {instancePath:instancePath+"/realtime_processing/custom_spelling_config",schemaPath:"#/properties/realtime_processing/properties/custom_spelling_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data52.spelling_dictionary !== undefined){
let data53 = data52.spelling_dictionary;
if(!(data53 && typeof data53 == "object" && !Array.isArray(data53))){
const err63 = {instancePath:instancePath+"/realtime_processing/custom_spelling_config/spelling_dictionary",schemaPath:"#/properties/realtime_processing/properties/custom_spelling_config/properties/spelling_dictionary/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/realtime_processing/custom_spelling_config",schemaPath:"#/properties/realtime_processing/properties/custom_spelling_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data50.custom_vocabulary !== undefined){
if(typeof data50.custom_vocabulary !== "boolean"){
const err65 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data50.custom_vocabulary_config !== undefined){
let data55 = data50.custom_vocabulary_config;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key11 in data55){
if(!((key11 === "default_intensity") || (key11 === "vocabulary"))){
const err66 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data55.default_intensity !== undefined){
let data56 = data55.default_intensity;
if(!((typeof data56 == "number") && (isFinite(data56)))){
const err67 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/default_intensity",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/default_intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data55.vocabulary !== undefined){
let data57 = data55.vocabulary;
if(Array.isArray(data57)){
const len4 = data57.length;
for(let i4=0; i4<len4; i4++){
let data58 = data57[i4];
const _errs130 = errors;
let valid22 = false;
const _errs131 = errors;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key12 in data58){
if(!((((key12 === "intensity") || (key12 === "language")) || (key12 === "pronunciations")) || (key12 === "value"))){
const err68 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data58.intensity !== undefined){
let data59 = data58.intensity;
if(!((typeof data59 == "number") && (isFinite(data59)))){
const err69 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/intensity",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/intensity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data58.language !== undefined){
if(typeof data58.language !== "string"){
const err70 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/language",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data58.pronunciations !== undefined){
let data61 = data58.pronunciations;
if(Array.isArray(data61)){
const len5 = data61.length;
for(let i5=0; i5<len5; i5++){
if(typeof data61[i5] !== "string"){
const err71 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/pronunciations/" + i5,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/pronunciations",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/pronunciations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data58.value !== undefined){
if(typeof data58.value !== "string"){
const err73 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4+"/value",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid0 = _errs131 === errors;
valid22 = valid22 || _valid0;
if(!valid22){
const _errs144 = errors;
if(typeof data58 !== "string"){
const err75 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid0 = _errs144 === errors;
valid22 = valid22 || _valid0;
}
if(!valid22){
const err76 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary/" + i4,schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
errors = _errs130;
if(vErrors !== null){
if(_errs130){
vErrors.length = _errs130;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config/vocabulary",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/properties/vocabulary/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/realtime_processing/custom_vocabulary_config",schemaPath:"#/properties/realtime_processing/properties/custom_vocabulary_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data50.named_entity_recognition !== undefined){
if(typeof data50.named_entity_recognition !== "boolean"){
const err79 = {instancePath:instancePath+"/realtime_processing/named_entity_recognition",schemaPath:"#/properties/realtime_processing/properties/named_entity_recognition/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data50.sentiment_analysis !== undefined){
if(typeof data50.sentiment_analysis !== "boolean"){
const err80 = {instancePath:instancePath+"/realtime_processing/sentiment_analysis",schemaPath:"#/properties/realtime_processing/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data50.translation !== undefined){
if(typeof data50.translation !== "boolean"){
const err81 = {instancePath:instancePath+"/realtime_processing/translation",schemaPath:"#/properties/realtime_processing/properties/translation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data50.translation_config !== undefined){
let data67 = data50.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key13 in data67){
if(!(((((((key13 === "context") || (key13 === "context_adaptation")) || (key13 === "informal")) || (key13 === "lipsync")) || (key13 === "match_original_utterances")) || (key13 === "model")) || (key13 === "target_languages"))){
const err82 = {instancePath:instancePath+"/realtime_processing/translation_config",schemaPath:"#/properties/realtime_processing/properties/translation_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data67.context !== undefined){
if(typeof data67.context !== "string"){
const err83 = {instancePath:instancePath+"/realtime_processing/translation_config/context",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/context/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data67.context_adaptation !== undefined){
if(typeof data67.context_adaptation !== "boolean"){
const err84 = {instancePath:instancePath+"/realtime_processing/translation_config/context_adaptation",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/context_adaptation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data67.informal !== undefined){
if(typeof data67.informal !== "boolean"){
const err85 = {instancePath:instancePath+"/realtime_processing/translation_config/informal",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/informal/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data67.lipsync !== undefined){
if(typeof data67.lipsync !== "boolean"){
const err86 = {instancePath:instancePath+"/realtime_processing/translation_config/lipsync",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/lipsync/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data67.match_original_utterances !== undefined){
if(typeof data67.match_original_utterances !== "boolean"){
const err87 = {instancePath:instancePath+"/realtime_processing/translation_config/match_original_utterances",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/match_original_utterances/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data67.model !== undefined){
if(typeof data67.model !== "string"){
const err88 = {instancePath:instancePath+"/realtime_processing/translation_config/model",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/model/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data67.target_languages !== undefined){
let data74 = data67.target_languages;
if(Array.isArray(data74)){
const len6 = data74.length;
for(let i6=0; i6<len6; i6++){
if(typeof data74[i6] !== "string"){
const err89 = {instancePath:instancePath+"/realtime_processing/translation_config/target_languages/" + i6,schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/realtime_processing/translation_config/target_languages",schemaPath:"#/properties/realtime_processing/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/realtime_processing/translation_config",schemaPath:"#/properties/realtime_processing/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/realtime_processing",schemaPath:"#/properties/realtime_processing/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err93 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.sentiment_analysis !== undefined){
if(typeof data.sentiment_analysis !== "boolean"){
const err94 = {instancePath:instancePath+"/sentiment_analysis",schemaPath:"#/properties/sentiment_analysis/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.speech_threshold !== undefined){
let data78 = data.speech_threshold;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err95 = {instancePath:instancePath+"/speech_threshold",schemaPath:"#/properties/speech_threshold/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
validate248.errors = vErrors;
return errors === 0;
}

const schema116 = {"$id":"/closed/GoogleSpeechV2AsyncConfig","additionalProperties":true,"type":"object"};

function validate250(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/GoogleSpeechV2AsyncConfig" */;
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
validate250.errors = vErrors;
return errors === 0;
}

const schema117 = {"$id":"/closed/MeetingCaptionsConfig","properties":{"language_code":{"type":["string","null"]}},"type":"object","additionalProperties":false};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MeetingCaptionsConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "language_code")){
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
if(data.language_code !== undefined){
let data0 = data.language_code;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: schema117.properties.language_code.type}};
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
validate252.errors = vErrors;
return errors === 0;
}

const schema118 = {"$id":"/closed/RecallaiAsyncConfig","properties":{"filter_profanity":{"type":"boolean"},"key_terms":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"spelling":{"items":{"properties":{"find":{"items":{"type":"string"},"type":"array"},"replace":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false};

function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RecallaiAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "filter_profanity") || (key0 === "key_terms")) || (key0 === "language_code")) || (key0 === "spelling"))){
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
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err1 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.key_terms !== undefined){
let data1 = data.key_terms;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/key_terms/" + i0,schemaPath:"#/properties/key_terms/items/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/key_terms",schemaPath:"#/properties/key_terms/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err4 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spelling !== undefined){
let data4 = data.spelling;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "find") || (key1 === "replace"))){
const err5 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.find !== undefined){
let data6 = data5.find;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(typeof data6[i2] !== "string"){
const err6 = {instancePath:instancePath+"/spelling/" + i1+"/find/" + i2,schemaPath:"#/properties/spelling/items/properties/find/items/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath:instancePath+"/spelling/" + i1+"/find",schemaPath:"#/properties/spelling/items/properties/find/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.replace !== undefined){
if(typeof data5.replace !== "string"){
const err8 = {instancePath:instancePath+"/spelling/" + i1+"/replace",schemaPath:"#/properties/spelling/items/properties/replace/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath:instancePath+"/spelling",schemaPath:"#/properties/spelling/type",keyword:"type",params:{type: "array"}};
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
validate254.errors = vErrors;
return errors === 0;
}

const schema119 = {"$id":"/closed/RecallaiStreamingConfig","properties":{"filter_profanity":{"type":"boolean"},"key_terms":{"items":{"type":"string"},"type":"array"},"language_code":{"type":"string"},"mode":{"type":"string"},"spelling":{"items":{"properties":{"find":{"items":{"type":"string"},"type":"array"},"replace":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false};

function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RecallaiStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "filter_profanity") || (key0 === "key_terms")) || (key0 === "language_code")) || (key0 === "mode")) || (key0 === "spelling"))){
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
if(data.filter_profanity !== undefined){
if(typeof data.filter_profanity !== "boolean"){
const err1 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.key_terms !== undefined){
let data1 = data.key_terms;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err2 = {instancePath:instancePath+"/key_terms/" + i0,schemaPath:"#/properties/key_terms/items/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/key_terms",schemaPath:"#/properties/key_terms/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.language_code !== undefined){
if(typeof data.language_code !== "string"){
const err4 = {instancePath:instancePath+"/language_code",schemaPath:"#/properties/language_code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mode !== undefined){
if(typeof data.mode !== "string"){
const err5 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.spelling !== undefined){
let data5 = data.spelling;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "find") || (key1 === "replace"))){
const err6 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.find !== undefined){
let data7 = data6.find;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(typeof data7[i2] !== "string"){
const err7 = {instancePath:instancePath+"/spelling/" + i1+"/find/" + i2,schemaPath:"#/properties/spelling/items/properties/find/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/spelling/" + i1+"/find",schemaPath:"#/properties/spelling/items/properties/find/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.replace !== undefined){
if(typeof data6.replace !== "string"){
const err9 = {instancePath:instancePath+"/spelling/" + i1+"/replace",schemaPath:"#/properties/spelling/items/properties/replace/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/spelling/" + i1,schemaPath:"#/properties/spelling/items/type",keyword:"type",params:{type: "object"}};
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
const err11 = {instancePath:instancePath+"/spelling",schemaPath:"#/properties/spelling/type",keyword:"type",params:{type: "array"}};
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
validate256.errors = vErrors;
return errors === 0;
}

const schema120 = {"$id":"/closed/RevAsyncConfig","properties":{"add_data_labels":{"type":["boolean","null"]},"alternatives_count":{"type":["integer","null"]},"apply_duration_padding":{"type":["boolean","null"]},"captions_config":{"type":"object"},"chunk_size":{"type":["string","null"]},"custom_vocabularies":{"items":{"properties":{"phrases":{"items":{"type":"string"},"type":"array"}},"type":["object","string"],"additionalProperties":false},"type":["array","null"]},"custom_vocabulary_id":{"type":["string","null"]},"delete_after":{"type":["string","null"]},"deletion_length_penalty":{"type":["integer","null"]},"detect_language":{"type":"boolean"},"diarization_type":{"type":"integer"},"domain":{"type":"integer"},"enable_fusion":{"type":["boolean","null"]},"enable_redaction":{"type":["boolean","null"]},"filter_profanity":{"type":["boolean","null"]},"forced_alignment":{"type":["boolean","null"]},"language":{"type":["string","null"]},"metadata":{"type":["string","null"]},"predict_topics":{"type":["boolean","null"]},"remove_atmospherics":{"type":["boolean","null"]},"remove_disfluencies":{"type":["boolean","null"]},"rush":{"type":["boolean","null"]},"segments_to_transcribe":{"items":{"properties":{"end":{"type":"string"},"start":{"type":"string"}},"type":"object","additionalProperties":false},"type":["array","null"]},"skip_diarization":{"type":["boolean","null"]},"skip_postprocessing":{"type":["boolean","null"]},"skip_punctuation":{"type":["boolean","null"]},"speaker_channels_count":{"type":["integer","null"]},"speaker_names":{"items":{"properties":{"display_name":{"type":"string"}},"type":"object","additionalProperties":false},"type":["array","null"]},"speakers_count":{"type":["integer","null"]},"strict_custom_vocabulary":{"type":["boolean","null"]},"summarization_config":{"properties":{"model":{"type":"integer"},"prompt":{"type":["string","null"]},"type":{"type":"integer"}},"type":"object","additionalProperties":false},"test_mode":{"type":["boolean","null"]},"top_nwords":{"type":["integer","null"]},"transcriber":{"type":"integer"},"translation_config":{"properties":{"target_languages":{"items":{"properties":{"language":{"type":"string"},"model":{"type":"integer"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"verbatim":{"type":["boolean","null"]}},"type":"object","additionalProperties":false};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RevAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema120.properties, key0))){
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
if(data.add_data_labels !== undefined){
let data0 = data.add_data_labels;
if((typeof data0 !== "boolean") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/add_data_labels",schemaPath:"#/properties/add_data_labels/type",keyword:"type",params:{type: schema120.properties.add_data_labels.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.alternatives_count !== undefined){
let data1 = data.alternatives_count;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/alternatives_count",schemaPath:"#/properties/alternatives_count/type",keyword:"type",params:{type: schema120.properties.alternatives_count.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apply_duration_padding !== undefined){
let data2 = data.apply_duration_padding;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/apply_duration_padding",schemaPath:"#/properties/apply_duration_padding/type",keyword:"type",params:{type: schema120.properties.apply_duration_padding.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.captions_config !== undefined){
let data3 = data.captions_config;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err4 = {instancePath:instancePath+"/captions_config",schemaPath:"#/properties/captions_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.chunk_size !== undefined){
let data4 = data.chunk_size;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/chunk_size",schemaPath:"#/properties/chunk_size/type",keyword:"type",params:{type: schema120.properties.chunk_size.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.custom_vocabularies !== undefined){
let data5 = data.custom_vocabularies;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err6 = {instancePath:instancePath+"/custom_vocabularies",schemaPath:"#/properties/custom_vocabularies/type",keyword:"type",params:{type: schema120.properties.custom_vocabularies.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (typeof data6 !== "string")){
const err7 = {instancePath:instancePath+"/custom_vocabularies/" + i0,schemaPath:"#/properties/custom_vocabularies/items/type",keyword:"type",params:{type: schema120.properties.custom_vocabularies.items.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(key1 === "phrases")){
const err8 = {instancePath:instancePath+"/custom_vocabularies/" + i0,schemaPath:"#/properties/custom_vocabularies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.phrases !== undefined){
let data7 = data6.phrases;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err9 = {instancePath:instancePath+"/custom_vocabularies/" + i0+"/phrases/" + i1,schemaPath:"#/properties/custom_vocabularies/items/properties/phrases/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/custom_vocabularies/" + i0+"/phrases",schemaPath:"#/properties/custom_vocabularies/items/properties/phrases/type",keyword:"type",params:{type: "array"}};
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
}
}
}
if(data.custom_vocabulary_id !== undefined){
let data9 = data.custom_vocabulary_id;
if((typeof data9 !== "string") && (data9 !== null)){
const err11 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: schema120.properties.custom_vocabulary_id.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.delete_after !== undefined){
let data10 = data.delete_after;
if((typeof data10 !== "string") && (data10 !== null)){
const err12 = {instancePath:instancePath+"/delete_after",schemaPath:"#/properties/delete_after/type",keyword:"type",params:{type: schema120.properties.delete_after.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.deletion_length_penalty !== undefined){
let data11 = data.deletion_length_penalty;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err13 = {instancePath:instancePath+"/deletion_length_penalty",schemaPath:"#/properties/deletion_length_penalty/type",keyword:"type",params:{type: schema120.properties.deletion_length_penalty.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.detect_language !== undefined){
if(typeof data.detect_language !== "boolean"){
const err14 = {instancePath:instancePath+"/detect_language",schemaPath:"#/properties/detect_language/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.diarization_type !== undefined){
let data13 = data.diarization_type;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err15 = {instancePath:instancePath+"/diarization_type",schemaPath:"#/properties/diarization_type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.domain !== undefined){
let data14 = data.domain;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err16 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.enable_fusion !== undefined){
let data15 = data.enable_fusion;
if((typeof data15 !== "boolean") && (data15 !== null)){
const err17 = {instancePath:instancePath+"/enable_fusion",schemaPath:"#/properties/enable_fusion/type",keyword:"type",params:{type: schema120.properties.enable_fusion.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.enable_redaction !== undefined){
let data16 = data.enable_redaction;
if((typeof data16 !== "boolean") && (data16 !== null)){
const err18 = {instancePath:instancePath+"/enable_redaction",schemaPath:"#/properties/enable_redaction/type",keyword:"type",params:{type: schema120.properties.enable_redaction.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.filter_profanity !== undefined){
let data17 = data.filter_profanity;
if((typeof data17 !== "boolean") && (data17 !== null)){
const err19 = {instancePath:instancePath+"/filter_profanity",schemaPath:"#/properties/filter_profanity/type",keyword:"type",params:{type: schema120.properties.filter_profanity.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.forced_alignment !== undefined){
let data18 = data.forced_alignment;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err20 = {instancePath:instancePath+"/forced_alignment",schemaPath:"#/properties/forced_alignment/type",keyword:"type",params:{type: schema120.properties.forced_alignment.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.language !== undefined){
let data19 = data.language;
if((typeof data19 !== "string") && (data19 !== null)){
const err21 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: schema120.properties.language.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.metadata !== undefined){
let data20 = data.metadata;
if((typeof data20 !== "string") && (data20 !== null)){
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema120.properties.metadata.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.predict_topics !== undefined){
let data21 = data.predict_topics;
if((typeof data21 !== "boolean") && (data21 !== null)){
const err23 = {instancePath:instancePath+"/predict_topics",schemaPath:"#/properties/predict_topics/type",keyword:"type",params:{type: schema120.properties.predict_topics.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.remove_atmospherics !== undefined){
let data22 = data.remove_atmospherics;
if((typeof data22 !== "boolean") && (data22 !== null)){
const err24 = {instancePath:instancePath+"/remove_atmospherics",schemaPath:"#/properties/remove_atmospherics/type",keyword:"type",params:{type: schema120.properties.remove_atmospherics.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
let data23 = data.remove_disfluencies;
if((typeof data23 !== "boolean") && (data23 !== null)){
const err25 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: schema120.properties.remove_disfluencies.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.rush !== undefined){
let data24 = data.rush;
if((typeof data24 !== "boolean") && (data24 !== null)){
const err26 = {instancePath:instancePath+"/rush",schemaPath:"#/properties/rush/type",keyword:"type",params:{type: schema120.properties.rush.type}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.segments_to_transcribe !== undefined){
let data25 = data.segments_to_transcribe;
if((!(Array.isArray(data25))) && (data25 !== null)){
const err27 = {instancePath:instancePath+"/segments_to_transcribe",schemaPath:"#/properties/segments_to_transcribe/type",keyword:"type",params:{type: schema120.properties.segments_to_transcribe.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key2 in data26){
if(!((key2 === "end") || (key2 === "start"))){
const err28 = {instancePath:instancePath+"/segments_to_transcribe/" + i2,schemaPath:"#/properties/segments_to_transcribe/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data26.end !== undefined){
if(typeof data26.end !== "string"){
const err29 = {instancePath:instancePath+"/segments_to_transcribe/" + i2+"/end",schemaPath:"#/properties/segments_to_transcribe/items/properties/end/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data26.start !== undefined){
if(typeof data26.start !== "string"){
const err30 = {instancePath:instancePath+"/segments_to_transcribe/" + i2+"/start",schemaPath:"#/properties/segments_to_transcribe/items/properties/start/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/segments_to_transcribe/" + i2,schemaPath:"#/properties/segments_to_transcribe/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
if(data.skip_diarization !== undefined){
let data29 = data.skip_diarization;
if((typeof data29 !== "boolean") && (data29 !== null)){
const err32 = {instancePath:instancePath+"/skip_diarization",schemaPath:"#/properties/skip_diarization/type",keyword:"type",params:{type: schema120.properties.skip_diarization.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
let data30 = data.skip_postprocessing;
if((typeof data30 !== "boolean") && (data30 !== null)){
const err33 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: schema120.properties.skip_postprocessing.type}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.skip_punctuation !== undefined){
let data31 = data.skip_punctuation;
if((typeof data31 !== "boolean") && (data31 !== null)){
const err34 = {instancePath:instancePath+"/skip_punctuation",schemaPath:"#/properties/skip_punctuation/type",keyword:"type",params:{type: schema120.properties.skip_punctuation.type}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.speaker_channels_count !== undefined){
let data32 = data.speaker_channels_count;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
const err35 = {instancePath:instancePath+"/speaker_channels_count",schemaPath:"#/properties/speaker_channels_count/type",keyword:"type",params:{type: schema120.properties.speaker_channels_count.type}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.speaker_names !== undefined){
let data33 = data.speaker_names;
if((!(Array.isArray(data33))) && (data33 !== null)){
const err36 = {instancePath:instancePath+"/speaker_names",schemaPath:"#/properties/speaker_names/type",keyword:"type",params:{type: schema120.properties.speaker_names.type}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(Array.isArray(data33)){
const len3 = data33.length;
for(let i3=0; i3<len3; i3++){
let data34 = data33[i3];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key3 in data34){
if(!(key3 === "display_name")){
const err37 = {instancePath:instancePath+"/speaker_names/" + i3,schemaPath:"#/properties/speaker_names/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data34.display_name !== undefined){
if(typeof data34.display_name !== "string"){
const err38 = {instancePath:instancePath+"/speaker_names/" + i3+"/display_name",schemaPath:"#/properties/speaker_names/items/properties/display_name/type",keyword:"type",params:{type: "string"}};
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
const err39 = {instancePath:instancePath+"/speaker_names/" + i3,schemaPath:"#/properties/speaker_names/items/type",keyword:"type",params:{type: "object"}};
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
}
if(data.speakers_count !== undefined){
let data36 = data.speakers_count;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
const err40 = {instancePath:instancePath+"/speakers_count",schemaPath:"#/properties/speakers_count/type",keyword:"type",params:{type: schema120.properties.speakers_count.type}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.strict_custom_vocabulary !== undefined){
let data37 = data.strict_custom_vocabulary;
if((typeof data37 !== "boolean") && (data37 !== null)){
const err41 = {instancePath:instancePath+"/strict_custom_vocabulary",schemaPath:"#/properties/strict_custom_vocabulary/type",keyword:"type",params:{type: schema120.properties.strict_custom_vocabulary.type}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data38 = data.summarization_config;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key4 in data38){
if(!(((key4 === "model") || (key4 === "prompt")) || (key4 === "type"))){
const err42 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data38.model !== undefined){
let data39 = data38.model;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err43 = {instancePath:instancePath+"/summarization_config/model",schemaPath:"#/properties/summarization_config/properties/model/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data38.prompt !== undefined){
let data40 = data38.prompt;
if((typeof data40 !== "string") && (data40 !== null)){
const err44 = {instancePath:instancePath+"/summarization_config/prompt",schemaPath:"#/properties/summarization_config/properties/prompt/type",keyword:"type",params:{type: schema120.properties.summarization_config.properties.prompt.type}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data38.type !== undefined){
let data41 = data38.type;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err45 = {instancePath:instancePath+"/summarization_config/type",schemaPath:"#/properties/summarization_config/properties/type/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.test_mode !== undefined){
let data42 = data.test_mode;
if((typeof data42 !== "boolean") && (data42 !== null)){
const err47 = {instancePath:instancePath+"/test_mode",schemaPath:"#/properties/test_mode/type",keyword:"type",params:{type: schema120.properties.test_mode.type}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.top_nwords !== undefined){
let data43 = data.top_nwords;
if((!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))) && (data43 !== null)){
const err48 = {instancePath:instancePath+"/top_nwords",schemaPath:"#/properties/top_nwords/type",keyword:"type",params:{type: schema120.properties.top_nwords.type}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.transcriber !== undefined){
let data44 = data.transcriber;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err49 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data45 = data.translation_config;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key5 in data45){
if(!(key5 === "target_languages")){
const err50 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data45.target_languages !== undefined){
let data46 = data45.target_languages;
if(Array.isArray(data46)){
const len4 = data46.length;
for(let i4=0; i4<len4; i4++){
let data47 = data46[i4];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key6 in data47){
if(!((key6 === "language") || (key6 === "model"))){
const err51 = {instancePath:instancePath+"/translation_config/target_languages/" + i4,schemaPath:"#/properties/translation_config/properties/target_languages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data47.language !== undefined){
if(typeof data47.language !== "string"){
const err52 = {instancePath:instancePath+"/translation_config/target_languages/" + i4+"/language",schemaPath:"#/properties/translation_config/properties/target_languages/items/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data47.model !== undefined){
let data49 = data47.model;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err53 = {instancePath:instancePath+"/translation_config/target_languages/" + i4+"/model",schemaPath:"#/properties/translation_config/properties/target_languages/items/properties/model/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/translation_config/target_languages/" + i4,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.verbatim !== undefined){
let data50 = data.verbatim;
if((typeof data50 !== "boolean") && (data50 !== null)){
const err57 = {instancePath:instancePath+"/verbatim",schemaPath:"#/properties/verbatim/type",keyword:"type",params:{type: schema120.properties.verbatim.type}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate258.errors = vErrors;
return errors === 0;
}

const schema121 = {"$id":"/closed/RevStreamingConfig","properties":{"allow_interruption":{"type":"boolean"},"audio_options._channels":{"type":"integer"},"audio_options._content_type":{"type":"string"},"audio_options._format":{"type":"string"},"audio_options._layout":{"type":"string"},"audio_options._rate":{"type":"integer"},"custom_vocabulary_id":{"type":"string"},"delete_after":{"type":"string"},"delete_after_seconds":{"type":"integer"},"detailed_partials":{"type":"boolean"},"enable_speaker_switch":{"type":"boolean"},"filter_profanity":{"type":"boolean"},"language":{"type":"string"},"max_connection_wait_seconds":{"type":"integer"},"max_segment_duration_seconds":{"type":"integer"},"metadata":{"type":"string"},"obscure_expletives":{"type":"boolean"},"priority":{"type":["integer","string"]},"remove_disfluencies":{"type":"boolean"},"skip_postprocessing":{"type":"boolean"},"start_ts":{"type":["string","integer"]},"transcriber":{"type":["integer","string"]},"user_agent":{"type":"string"}},"type":"object","additionalProperties":false};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RevStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema121.properties, key0))){
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
if(data.allow_interruption !== undefined){
if(typeof data.allow_interruption !== "boolean"){
const err1 = {instancePath:instancePath+"/allow_interruption",schemaPath:"#/properties/allow_interruption/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["audio_options._channels"] !== undefined){
let data1 = data["audio_options._channels"];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/audio_options._channels",schemaPath:"#/properties/audio_options._channels/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["audio_options._content_type"] !== undefined){
if(typeof data["audio_options._content_type"] !== "string"){
const err3 = {instancePath:instancePath+"/audio_options._content_type",schemaPath:"#/properties/audio_options._content_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["audio_options._format"] !== undefined){
if(typeof data["audio_options._format"] !== "string"){
const err4 = {instancePath:instancePath+"/audio_options._format",schemaPath:"#/properties/audio_options._format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["audio_options._layout"] !== undefined){
if(typeof data["audio_options._layout"] !== "string"){
const err5 = {instancePath:instancePath+"/audio_options._layout",schemaPath:"#/properties/audio_options._layout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data["audio_options._rate"] !== undefined){
let data5 = data["audio_options._rate"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err6 = {instancePath:instancePath+"/audio_options._rate",schemaPath:"#/properties/audio_options._rate/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.custom_vocabulary_id !== undefined){
if(typeof data.custom_vocabulary_id !== "string"){
const err7 = {instancePath:instancePath+"/custom_vocabulary_id",schemaPath:"#/properties/custom_vocabulary_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delete_after !== undefined){
if(typeof data.delete_after !== "string"){
const err8 = {instancePath:instancePath+"/delete_after",schemaPath:"#/properties/delete_after/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.delete_after_seconds !== undefined){
let data8 = data.delete_after_seconds;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err9 = {instancePath:instancePath+"/delete_after_seconds",schemaPath:"#/properties/delete_after_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.detailed_partials !== undefined){
if(typeof data.detailed_partials !== "boolean"){
const err10 = {instancePath:instancePath+"/detailed_partials",schemaPath:"#/properties/detailed_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.enable_speaker_switch !== undefined){
if(typeof data.enable_speaker_switch !== "boolean"){
const err11 = {instancePath:instancePath+"/enable_speaker_switch",schemaPath:"#/properties/enable_speaker_switch/type",keyword:"type",params:{type: "boolean"}};
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
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err13 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.max_connection_wait_seconds !== undefined){
let data13 = data.max_connection_wait_seconds;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err14 = {instancePath:instancePath+"/max_connection_wait_seconds",schemaPath:"#/properties/max_connection_wait_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.max_segment_duration_seconds !== undefined){
let data14 = data.max_segment_duration_seconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err15 = {instancePath:instancePath+"/max_segment_duration_seconds",schemaPath:"#/properties/max_segment_duration_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.metadata !== undefined){
if(typeof data.metadata !== "string"){
const err16 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.obscure_expletives !== undefined){
if(typeof data.obscure_expletives !== "boolean"){
const err17 = {instancePath:instancePath+"/obscure_expletives",schemaPath:"#/properties/obscure_expletives/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.priority !== undefined){
let data17 = data.priority;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (typeof data17 !== "string")){
const err18 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema121.properties.priority.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.remove_disfluencies !== undefined){
if(typeof data.remove_disfluencies !== "boolean"){
const err19 = {instancePath:instancePath+"/remove_disfluencies",schemaPath:"#/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.skip_postprocessing !== undefined){
if(typeof data.skip_postprocessing !== "boolean"){
const err20 = {instancePath:instancePath+"/skip_postprocessing",schemaPath:"#/properties/skip_postprocessing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.start_ts !== undefined){
let data20 = data.start_ts;
if((typeof data20 !== "string") && (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20))))){
const err21 = {instancePath:instancePath+"/start_ts",schemaPath:"#/properties/start_ts/type",keyword:"type",params:{type: schema121.properties.start_ts.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.transcriber !== undefined){
let data21 = data.transcriber;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (typeof data21 !== "string")){
const err22 = {instancePath:instancePath+"/transcriber",schemaPath:"#/properties/transcriber/type",keyword:"type",params:{type: schema121.properties.transcriber.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.user_agent !== undefined){
if(typeof data.user_agent !== "string"){
const err23 = {instancePath:instancePath+"/user_agent",schemaPath:"#/properties/user_agent/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate260.errors = vErrors;
return errors === 0;
}

const schema122 = {"$id":"/closed/SpeechmaticsAsyncConfig","properties":{"additional_vocab":{"items":{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"type":"array"},"alignment_config":{"properties":{"language":{"type":"string"}},"type":"object","additionalProperties":false},"audio_events_config":{"properties":{"types":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"auto_chapters_config":{"type":"object"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"language_identification_config":{"properties":{"default_language":{"type":"string"},"expected_languages":{"items":{"type":"string"},"type":"array"},"low_confidence_action":{"type":"string"}},"type":"object","additionalProperties":false},"operating_point":{"type":"string"},"output_config":{"properties":{"srt_overrides":{"properties":{"max_line_length":{"type":"integer"},"max_lines":{"type":"integer"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"output_locale":{"type":"string"},"sentiment_analysis_config":{"type":"object"},"summarization_config":{"properties":{"content_type":{"type":"string"},"summary_length":{"type":"string"},"summary_type":{"type":"string"}},"type":"object","additionalProperties":false},"topic_detection_config":{"properties":{"topics":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"tracking":{"properties":{"details":{"type":"object"},"reference":{"type":"string"},"tags":{"items":{"type":"string"},"type":"array"},"title":{"type":"string"}},"type":"object","additionalProperties":false},"transcription_config":{"properties":{"additional_vocab":{"items":{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false},"type":"array"},"channel_diarization_labels":{"items":{"type":"string"},"type":"array"},"diarization":{"type":"string"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"language":{"type":"string"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object","additionalProperties":false},"speaker_diarization_config":{"properties":{"prefer_current_speaker":{"type":"boolean"},"speaker_sensitivity":{"type":"number"}},"type":"object","additionalProperties":false},"transcript_filtering_config":{"properties":{"remove_disfluencies":{"type":"boolean"},"replacements":{"items":{"properties":{"from":{"type":"string"},"to":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"translation_config":{"properties":{"target_languages":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false};

function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/SpeechmaticsAsyncConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema122.properties, key0))){
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
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "content") || (key1 === "sounds_like"))){
const err1 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.content !== undefined){
if(typeof data1.content !== "string"){
const err2 = {instancePath:instancePath+"/additional_vocab/" + i0+"/content",schemaPath:"#/properties/additional_vocab/items/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.sounds_like !== undefined){
let data3 = data1.sounds_like;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err3 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like/" + i1,schemaPath:"#/properties/additional_vocab/items/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like",schemaPath:"#/properties/additional_vocab/items/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
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
const err5 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.alignment_config !== undefined){
let data5 = data.alignment_config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(key2 === "language")){
const err7 = {instancePath:instancePath+"/alignment_config",schemaPath:"#/properties/alignment_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.language !== undefined){
if(typeof data5.language !== "string"){
const err8 = {instancePath:instancePath+"/alignment_config/language",schemaPath:"#/properties/alignment_config/properties/language/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/alignment_config",schemaPath:"#/properties/alignment_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.audio_events_config !== undefined){
let data7 = data.audio_events_config;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(key3 === "types")){
const err10 = {instancePath:instancePath+"/audio_events_config",schemaPath:"#/properties/audio_events_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.types !== undefined){
let data8 = data7.types;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(typeof data8[i2] !== "string"){
const err11 = {instancePath:instancePath+"/audio_events_config/types/" + i2,schemaPath:"#/properties/audio_events_config/properties/types/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/audio_events_config/types",schemaPath:"#/properties/audio_events_config/properties/types/type",keyword:"type",params:{type: "array"}};
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
const err13 = {instancePath:instancePath+"/audio_events_config",schemaPath:"#/properties/audio_events_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.auto_chapters_config !== undefined){
let data10 = data.auto_chapters_config;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err14 = {instancePath:instancePath+"/auto_chapters_config",schemaPath:"#/properties/auto_chapters_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err15 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err16 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
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
if(data.language_identification_config !== undefined){
let data14 = data.language_identification_config;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!(((key4 === "default_language") || (key4 === "expected_languages")) || (key4 === "low_confidence_action"))){
const err18 = {instancePath:instancePath+"/language_identification_config",schemaPath:"#/properties/language_identification_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data14.default_language !== undefined){
if(typeof data14.default_language !== "string"){
const err19 = {instancePath:instancePath+"/language_identification_config/default_language",schemaPath:"#/properties/language_identification_config/properties/default_language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.expected_languages !== undefined){
let data16 = data14.expected_languages;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(typeof data16[i3] !== "string"){
const err20 = {instancePath:instancePath+"/language_identification_config/expected_languages/" + i3,schemaPath:"#/properties/language_identification_config/properties/expected_languages/items/type",keyword:"type",params:{type: "string"}};
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
const err21 = {instancePath:instancePath+"/language_identification_config/expected_languages",schemaPath:"#/properties/language_identification_config/properties/expected_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.low_confidence_action !== undefined){
if(typeof data14.low_confidence_action !== "string"){
const err22 = {instancePath:instancePath+"/language_identification_config/low_confidence_action",schemaPath:"#/properties/language_identification_config/properties/low_confidence_action/type",keyword:"type",params:{type: "string"}};
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
const err23 = {instancePath:instancePath+"/language_identification_config",schemaPath:"#/properties/language_identification_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err24 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.output_config !== undefined){
let data20 = data.output_config;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!(key5 === "srt_overrides")){
const err25 = {instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data20.srt_overrides !== undefined){
let data21 = data20.srt_overrides;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(!((key6 === "max_line_length") || (key6 === "max_lines"))){
const err26 = {instancePath:instancePath+"/output_config/srt_overrides",schemaPath:"#/properties/output_config/properties/srt_overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data21.max_line_length !== undefined){
let data22 = data21.max_line_length;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err27 = {instancePath:instancePath+"/output_config/srt_overrides/max_line_length",schemaPath:"#/properties/output_config/properties/srt_overrides/properties/max_line_length/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data21.max_lines !== undefined){
let data23 = data21.max_lines;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err28 = {instancePath:instancePath+"/output_config/srt_overrides/max_lines",schemaPath:"#/properties/output_config/properties/srt_overrides/properties/max_lines/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/output_config/srt_overrides",schemaPath:"#/properties/output_config/properties/srt_overrides/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err31 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.sentiment_analysis_config !== undefined){
let data25 = data.sentiment_analysis_config;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
const err32 = {instancePath:instancePath+"/sentiment_analysis_config",schemaPath:"#/properties/sentiment_analysis_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.summarization_config !== undefined){
let data26 = data.summarization_config;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key7 in data26){
if(!(((key7 === "content_type") || (key7 === "summary_length")) || (key7 === "summary_type"))){
const err33 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data26.content_type !== undefined){
if(typeof data26.content_type !== "string"){
const err34 = {instancePath:instancePath+"/summarization_config/content_type",schemaPath:"#/properties/summarization_config/properties/content_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data26.summary_length !== undefined){
if(typeof data26.summary_length !== "string"){
const err35 = {instancePath:instancePath+"/summarization_config/summary_length",schemaPath:"#/properties/summarization_config/properties/summary_length/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data26.summary_type !== undefined){
if(typeof data26.summary_type !== "string"){
const err36 = {instancePath:instancePath+"/summarization_config/summary_type",schemaPath:"#/properties/summarization_config/properties/summary_type/type",keyword:"type",params:{type: "string"}};
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
const err37 = {instancePath:instancePath+"/summarization_config",schemaPath:"#/properties/summarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.topic_detection_config !== undefined){
let data30 = data.topic_detection_config;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key8 in data30){
if(!(key8 === "topics")){
const err38 = {instancePath:instancePath+"/topic_detection_config",schemaPath:"#/properties/topic_detection_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data30.topics !== undefined){
let data31 = data30.topics;
if(Array.isArray(data31)){
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
if(typeof data31[i4] !== "string"){
const err39 = {instancePath:instancePath+"/topic_detection_config/topics/" + i4,schemaPath:"#/properties/topic_detection_config/properties/topics/items/type",keyword:"type",params:{type: "string"}};
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
const err40 = {instancePath:instancePath+"/topic_detection_config/topics",schemaPath:"#/properties/topic_detection_config/properties/topics/type",keyword:"type",params:{type: "array"}};
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
const err41 = {instancePath:instancePath+"/topic_detection_config",schemaPath:"#/properties/topic_detection_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.tracking !== undefined){
let data33 = data.tracking;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key9 in data33){
if(!((((key9 === "details") || (key9 === "reference")) || (key9 === "tags")) || (key9 === "title"))){
const err42 = {instancePath:instancePath+"/tracking",schemaPath:"#/properties/tracking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data33.details !== undefined){
let data34 = data33.details;
if(!(data34 && typeof data34 == "object" && !Array.isArray(data34))){
const err43 = {instancePath:instancePath+"/tracking/details",schemaPath:"#/properties/tracking/properties/details/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data33.reference !== undefined){
if(typeof data33.reference !== "string"){
const err44 = {instancePath:instancePath+"/tracking/reference",schemaPath:"#/properties/tracking/properties/reference/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data33.tags !== undefined){
let data36 = data33.tags;
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
if(typeof data36[i5] !== "string"){
const err45 = {instancePath:instancePath+"/tracking/tags/" + i5,schemaPath:"#/properties/tracking/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/tracking/tags",schemaPath:"#/properties/tracking/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data33.title !== undefined){
if(typeof data33.title !== "string"){
const err47 = {instancePath:instancePath+"/tracking/title",schemaPath:"#/properties/tracking/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/tracking",schemaPath:"#/properties/tracking/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.transcription_config !== undefined){
let data39 = data.transcription_config;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key10 in data39){
if(!(func2.call(schema122.properties.transcription_config.properties, key10))){
const err49 = {instancePath:instancePath+"/transcription_config",schemaPath:"#/properties/transcription_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data39.additional_vocab !== undefined){
let data40 = data39.additional_vocab;
if(Array.isArray(data40)){
const len6 = data40.length;
for(let i6=0; i6<len6; i6++){
let data41 = data40[i6];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key11 in data41){
if(!((key11 === "content") || (key11 === "sounds_like"))){
const err50 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6,schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data41.content !== undefined){
if(typeof data41.content !== "string"){
const err51 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/content",schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data41.sounds_like !== undefined){
let data43 = data41.sounds_like;
if(Array.isArray(data43)){
const len7 = data43.length;
for(let i7=0; i7<len7; i7++){
if(typeof data43[i7] !== "string"){
const err52 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/sounds_like/" + i7,schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6+"/sounds_like",schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/transcription_config/additional_vocab/" + i6,schemaPath:"#/properties/transcription_config/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/transcription_config/additional_vocab",schemaPath:"#/properties/transcription_config/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data39.channel_diarization_labels !== undefined){
let data45 = data39.channel_diarization_labels;
if(Array.isArray(data45)){
const len8 = data45.length;
for(let i8=0; i8<len8; i8++){
if(typeof data45[i8] !== "string"){
const err56 = {instancePath:instancePath+"/transcription_config/channel_diarization_labels/" + i8,schemaPath:"#/properties/transcription_config/properties/channel_diarization_labels/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/transcription_config/channel_diarization_labels",schemaPath:"#/properties/transcription_config/properties/channel_diarization_labels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data39.diarization !== undefined){
if(typeof data39.diarization !== "string"){
const err58 = {instancePath:instancePath+"/transcription_config/diarization",schemaPath:"#/properties/transcription_config/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data39.domain !== undefined){
if(typeof data39.domain !== "string"){
const err59 = {instancePath:instancePath+"/transcription_config/domain",schemaPath:"#/properties/transcription_config/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data39.enable_entities !== undefined){
if(typeof data39.enable_entities !== "boolean"){
const err60 = {instancePath:instancePath+"/transcription_config/enable_entities",schemaPath:"#/properties/transcription_config/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data39.language !== undefined){
if(typeof data39.language !== "string"){
const err61 = {instancePath:instancePath+"/transcription_config/language",schemaPath:"#/properties/transcription_config/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data39.max_delay_mode !== undefined){
if(typeof data39.max_delay_mode !== "string"){
const err62 = {instancePath:instancePath+"/transcription_config/max_delay_mode",schemaPath:"#/properties/transcription_config/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data39.operating_point !== undefined){
if(typeof data39.operating_point !== "string"){
const err63 = {instancePath:instancePath+"/transcription_config/operating_point",schemaPath:"#/properties/transcription_config/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data39.output_locale !== undefined){
if(typeof data39.output_locale !== "string"){
const err64 = {instancePath:instancePath+"/transcription_config/output_locale",schemaPath:"#/properties/transcription_config/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data39.punctuation_overrides !== undefined){
let data54 = data39.punctuation_overrides;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key12 in data54){
if(!((key12 === "permitted_marks") || (key12 === "sensitivity"))){
const err65 = {instancePath:instancePath+"/transcription_config/punctuation_overrides",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data54.permitted_marks !== undefined){
let data55 = data54.permitted_marks;
if(Array.isArray(data55)){
const len9 = data55.length;
for(let i9=0; i9<len9; i9++){
if(typeof data55[i9] !== "string"){
const err66 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/permitted_marks/" + i9,schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/permitted_marks",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data54.sensitivity !== undefined){
let data57 = data54.sensitivity;
if(!((typeof data57 == "number") && (isFinite(data57)))){
const err68 = {instancePath:instancePath+"/transcription_config/punctuation_overrides/sensitivity",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/transcription_config/punctuation_overrides",schemaPath:"#/properties/transcription_config/properties/punctuation_overrides/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data39.speaker_diarization_config !== undefined){
let data58 = data39.speaker_diarization_config;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key13 in data58){
if(!((key13 === "prefer_current_speaker") || (key13 === "speaker_sensitivity"))){
const err70 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data58.prefer_current_speaker !== undefined){
if(typeof data58.prefer_current_speaker !== "boolean"){
const err71 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config/prefer_current_speaker",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/properties/prefer_current_speaker/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data58.speaker_sensitivity !== undefined){
let data60 = data58.speaker_sensitivity;
if(!((typeof data60 == "number") && (isFinite(data60)))){
const err72 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config/speaker_sensitivity",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/properties/speaker_sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/transcription_config/speaker_diarization_config",schemaPath:"#/properties/transcription_config/properties/speaker_diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data39.transcript_filtering_config !== undefined){
let data61 = data39.transcript_filtering_config;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key14 in data61){
if(!((key14 === "remove_disfluencies") || (key14 === "replacements"))){
const err74 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data61.remove_disfluencies !== undefined){
if(typeof data61.remove_disfluencies !== "boolean"){
const err75 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/remove_disfluencies",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data61.replacements !== undefined){
let data63 = data61.replacements;
if(Array.isArray(data63)){
const len10 = data63.length;
for(let i10=0; i10<len10; i10++){
let data64 = data63[i10];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key15 in data64){
if(!((key15 === "from") || (key15 === "to"))){
const err76 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10,schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data64.from !== undefined){
if(typeof data64.from !== "string"){
const err77 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10+"/from",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data64.to !== undefined){
if(typeof data64.to !== "string"){
const err78 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10+"/to",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements/" + i10,schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config/replacements",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/properties/replacements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/transcription_config/transcript_filtering_config",schemaPath:"#/properties/transcription_config/properties/transcript_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/transcription_config",schemaPath:"#/properties/transcription_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.translation_config !== undefined){
let data67 = data.translation_config;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key16 in data67){
if(!(key16 === "target_languages")){
const err83 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data67.target_languages !== undefined){
let data68 = data67.target_languages;
if(Array.isArray(data68)){
const len11 = data68.length;
for(let i11=0; i11<len11; i11++){
if(typeof data68[i11] !== "string"){
const err84 = {instancePath:instancePath+"/translation_config/target_languages/" + i11,schemaPath:"#/properties/translation_config/properties/target_languages/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/translation_config/target_languages",schemaPath:"#/properties/translation_config/properties/target_languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/translation_config",schemaPath:"#/properties/translation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate262.errors = vErrors;
return errors === 0;
}

const schema123 = {"$id":"/closed/SpeechmaticsStreamingConfig","properties":{"additional_vocab":{"items":{"anyOf":[{"type":"string"},{"properties":{"content":{"type":"string"},"sounds_like":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}],"type":"object"},"type":"array"},"audio_filtering_config":{"properties":{"volume_threshold":{"type":"number"}},"type":"object","additionalProperties":false},"conversation_config":{"properties":{"end_of_utterance_silence_trigger":{"type":"number"}},"type":"object","additionalProperties":false},"diarization":{"type":"string"},"domain":{"type":"string"},"enable_entities":{"type":"boolean"},"enable_partials":{"type":"boolean"},"language":{"type":"string"},"max_delay":{"type":"number"},"max_delay_mode":{"type":"string"},"operating_point":{"type":"string"},"output_locale":{"type":"string"},"punctuation_overrides":{"properties":{"permitted_marks":{"items":{"type":"string"},"type":"array"},"sensitivity":{"type":"number"}},"type":"object","additionalProperties":false},"speaker_diarization_config":{"properties":{"max_speakers":{"type":"number"},"prefer_current_speaker":{"type":"boolean"},"speaker_sensitivity":{"type":"number"}},"type":"object","additionalProperties":false},"transcript_filtering_config":{"properties":{"remove_disfluencies":{"type":"boolean"},"replacements":{"items":{"properties":{"from":{"type":"string"},"to":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false};

function validate264(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/SpeechmaticsStreamingConfig" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema123.properties, key0))){
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
let data1 = data0[i0];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err1 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs6 = errors;
let valid3 = false;
const _errs7 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "content") || (key1 === "sounds_like"))){
const err3 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.content !== undefined){
if(typeof data1.content !== "string"){
const err4 = {instancePath:instancePath+"/additional_vocab/" + i0+"/content",schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.sounds_like !== undefined){
let data3 = data1.sounds_like;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err5 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like/" + i1,schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/sounds_like/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/additional_vocab/" + i0+"/sounds_like",schemaPath:"#/properties/additional_vocab/items/anyOf/1/properties/sounds_like/type",keyword:"type",params:{type: "array"}};
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
const err7 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err8 = {instancePath:instancePath+"/additional_vocab/" + i0,schemaPath:"#/properties/additional_vocab/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/additional_vocab",schemaPath:"#/properties/additional_vocab/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.audio_filtering_config !== undefined){
let data5 = data.audio_filtering_config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(key2 === "volume_threshold")){
const err10 = {instancePath:instancePath+"/audio_filtering_config",schemaPath:"#/properties/audio_filtering_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.volume_threshold !== undefined){
let data6 = data5.volume_threshold;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/audio_filtering_config/volume_threshold",schemaPath:"#/properties/audio_filtering_config/properties/volume_threshold/type",keyword:"type",params:{type: "number"}};
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
const err12 = {instancePath:instancePath+"/audio_filtering_config",schemaPath:"#/properties/audio_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.conversation_config !== undefined){
let data7 = data.conversation_config;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(key3 === "end_of_utterance_silence_trigger")){
const err13 = {instancePath:instancePath+"/conversation_config",schemaPath:"#/properties/conversation_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.end_of_utterance_silence_trigger !== undefined){
let data8 = data7.end_of_utterance_silence_trigger;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/conversation_config/end_of_utterance_silence_trigger",schemaPath:"#/properties/conversation_config/properties/end_of_utterance_silence_trigger/type",keyword:"type",params:{type: "number"}};
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
const err15 = {instancePath:instancePath+"/conversation_config",schemaPath:"#/properties/conversation_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.diarization !== undefined){
if(typeof data.diarization !== "string"){
const err16 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err17 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.enable_entities !== undefined){
if(typeof data.enable_entities !== "boolean"){
const err18 = {instancePath:instancePath+"/enable_entities",schemaPath:"#/properties/enable_entities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.enable_partials !== undefined){
if(typeof data.enable_partials !== "boolean"){
const err19 = {instancePath:instancePath+"/enable_partials",schemaPath:"#/properties/enable_partials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.language !== undefined){
if(typeof data.language !== "string"){
const err20 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.max_delay !== undefined){
let data14 = data.max_delay;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err21 = {instancePath:instancePath+"/max_delay",schemaPath:"#/properties/max_delay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.max_delay_mode !== undefined){
if(typeof data.max_delay_mode !== "string"){
const err22 = {instancePath:instancePath+"/max_delay_mode",schemaPath:"#/properties/max_delay_mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.operating_point !== undefined){
if(typeof data.operating_point !== "string"){
const err23 = {instancePath:instancePath+"/operating_point",schemaPath:"#/properties/operating_point/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.output_locale !== undefined){
if(typeof data.output_locale !== "string"){
const err24 = {instancePath:instancePath+"/output_locale",schemaPath:"#/properties/output_locale/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.punctuation_overrides !== undefined){
let data18 = data.punctuation_overrides;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key4 in data18){
if(!((key4 === "permitted_marks") || (key4 === "sensitivity"))){
const err25 = {instancePath:instancePath+"/punctuation_overrides",schemaPath:"#/properties/punctuation_overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data18.permitted_marks !== undefined){
let data19 = data18.permitted_marks;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err26 = {instancePath:instancePath+"/punctuation_overrides/permitted_marks/" + i2,schemaPath:"#/properties/punctuation_overrides/properties/permitted_marks/items/type",keyword:"type",params:{type: "string"}};
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
const err27 = {instancePath:instancePath+"/punctuation_overrides/permitted_marks",schemaPath:"#/properties/punctuation_overrides/properties/permitted_marks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data18.sensitivity !== undefined){
let data21 = data18.sensitivity;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err28 = {instancePath:instancePath+"/punctuation_overrides/sensitivity",schemaPath:"#/properties/punctuation_overrides/properties/sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/punctuation_overrides",schemaPath:"#/properties/punctuation_overrides/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.speaker_diarization_config !== undefined){
let data22 = data.speaker_diarization_config;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
if(!(((key5 === "max_speakers") || (key5 === "prefer_current_speaker")) || (key5 === "speaker_sensitivity"))){
const err30 = {instancePath:instancePath+"/speaker_diarization_config",schemaPath:"#/properties/speaker_diarization_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data22.max_speakers !== undefined){
let data23 = data22.max_speakers;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err31 = {instancePath:instancePath+"/speaker_diarization_config/max_speakers",schemaPath:"#/properties/speaker_diarization_config/properties/max_speakers/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data22.prefer_current_speaker !== undefined){
if(typeof data22.prefer_current_speaker !== "boolean"){
const err32 = {instancePath:instancePath+"/speaker_diarization_config/prefer_current_speaker",schemaPath:"#/properties/speaker_diarization_config/properties/prefer_current_speaker/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data22.speaker_sensitivity !== undefined){
let data25 = data22.speaker_sensitivity;
if(!((typeof data25 == "number") && (isFinite(data25)))){
const err33 = {instancePath:instancePath+"/speaker_diarization_config/speaker_sensitivity",schemaPath:"#/properties/speaker_diarization_config/properties/speaker_sensitivity/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/speaker_diarization_config",schemaPath:"#/properties/speaker_diarization_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.transcript_filtering_config !== undefined){
let data26 = data.transcript_filtering_config;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key6 in data26){
if(!((key6 === "remove_disfluencies") || (key6 === "replacements"))){
const err35 = {instancePath:instancePath+"/transcript_filtering_config",schemaPath:"#/properties/transcript_filtering_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data26.remove_disfluencies !== undefined){
if(typeof data26.remove_disfluencies !== "boolean"){
const err36 = {instancePath:instancePath+"/transcript_filtering_config/remove_disfluencies",schemaPath:"#/properties/transcript_filtering_config/properties/remove_disfluencies/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data26.replacements !== undefined){
let data28 = data26.replacements;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key7 in data29){
if(!((key7 === "from") || (key7 === "to"))){
const err37 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3,schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data29.from !== undefined){
if(typeof data29.from !== "string"){
const err38 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3+"/from",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data29.to !== undefined){
if(typeof data29.to !== "string"){
const err39 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3+"/to",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"}};
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
const err40 = {instancePath:instancePath+"/transcript_filtering_config/replacements/" + i3,schemaPath:"#/properties/transcript_filtering_config/properties/replacements/items/type",keyword:"type",params:{type: "object"}};
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
const err41 = {instancePath:instancePath+"/transcript_filtering_config/replacements",schemaPath:"#/properties/transcript_filtering_config/properties/replacements/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/transcript_filtering_config",schemaPath:"#/properties/transcript_filtering_config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate264.errors = vErrors;
return errors === 0;
}

const schema124 = {"$id":"/closed/ZoomRtmsConfig","type":"object"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ZoomRtmsConfig" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate266.errors = vErrors;
return errors === 0;
}


function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/TranscriptProvider" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.assembly_ai_async === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assembly_ai_async"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.aws_transcribe_async === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aws_transcribe_async"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.deepgram_async === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deepgram_async"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.elevenlabs_async === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "elevenlabs_async"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.gladia_v2_async === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gladia_v2_async"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.google_speech_v2_async === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "google_speech_v2_async"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.recallai_async === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recallai_async"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.rev_async === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rev_async"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.speechmatics_async === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "speechmatics_async"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema101.properties, key0))){
let data0 = data[key0];
if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){
const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema101.additionalProperties.type}};
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
if(data.assembly_ai_async !== undefined){
let data1 = data.assembly_ai_async;
const _errs5 = errors;
let valid2 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate222(data1, {instancePath:instancePath+"/assembly_ai_async",parentData:data,parentDataProperty:"assembly_ai_async",rootData}))){
vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
if(data1 !== null){
const err10 = {instancePath:instancePath+"/assembly_ai_async",schemaPath:"#/properties/assembly_ai_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err11 = {instancePath:instancePath+"/assembly_ai_async",schemaPath:"#/properties/assembly_ai_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.assembly_ai_async_chunked !== undefined){
if(!(validate224(data.assembly_ai_async_chunked, {instancePath:instancePath+"/assembly_ai_async_chunked",parentData:data,parentDataProperty:"assembly_ai_async_chunked",rootData}))){
vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_streaming !== undefined){
if(!(validate226(data.assembly_ai_streaming, {instancePath:instancePath+"/assembly_ai_streaming",parentData:data,parentDataProperty:"assembly_ai_streaming",rootData}))){
vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
errors = vErrors.length;
}
}
if(data.assembly_ai_v3_streaming !== undefined){
if(!(validate228(data.assembly_ai_v3_streaming, {instancePath:instancePath+"/assembly_ai_v3_streaming",parentData:data,parentDataProperty:"assembly_ai_v3_streaming",rootData}))){
vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
errors = vErrors.length;
}
}
if(data.aws_transcribe_async !== undefined){
let data5 = data.aws_transcribe_async;
const _errs13 = errors;
let valid3 = false;
let passing1 = null;
const _errs14 = errors;
if(!(validate230(data5, {instancePath:instancePath+"/aws_transcribe_async",parentData:data,parentDataProperty:"aws_transcribe_async",rootData}))){
vErrors = vErrors === null ? validate230.errors : vErrors.concat(validate230.errors);
errors = vErrors.length;
}
var _valid1 = _errs14 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs15 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/aws_transcribe_async",schemaPath:"#/properties/aws_transcribe_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/aws_transcribe_async",schemaPath:"#/properties/aws_transcribe_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.aws_transcribe_streaming !== undefined){
if(!(validate232(data.aws_transcribe_streaming, {instancePath:instancePath+"/aws_transcribe_streaming",parentData:data,parentDataProperty:"aws_transcribe_streaming",rootData}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
if(data.deepgram_async !== undefined){
let data7 = data.deepgram_async;
const _errs19 = errors;
let valid4 = false;
let passing2 = null;
const _errs20 = errors;
if(!(validate234(data7, {instancePath:instancePath+"/deepgram_async",parentData:data,parentDataProperty:"deepgram_async",rootData}))){
vErrors = vErrors === null ? validate234.errors : vErrors.concat(validate234.errors);
errors = vErrors.length;
}
var _valid2 = _errs20 === errors;
if(_valid2){
valid4 = true;
passing2 = 0;
}
const _errs21 = errors;
if(data7 !== null){
const err14 = {instancePath:instancePath+"/deepgram_async",schemaPath:"#/properties/deepgram_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs21 === errors;
if(_valid2 && valid4){
valid4 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid4 = true;
passing2 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/deepgram_async",schemaPath:"#/properties/deepgram_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.deepgram_streaming !== undefined){
if(!(validate236(data.deepgram_streaming, {instancePath:instancePath+"/deepgram_streaming",parentData:data,parentDataProperty:"deepgram_streaming",rootData}))){
vErrors = vErrors === null ? validate236.errors : vErrors.concat(validate236.errors);
errors = vErrors.length;
}
}
if(data.elevenlabs_async !== undefined){
let data9 = data.elevenlabs_async;
const _errs25 = errors;
let valid5 = false;
let passing3 = null;
const _errs26 = errors;
if(!(validate238(data9, {instancePath:instancePath+"/elevenlabs_async",parentData:data,parentDataProperty:"elevenlabs_async",rootData}))){
vErrors = vErrors === null ? validate238.errors : vErrors.concat(validate238.errors);
errors = vErrors.length;
}
var _valid3 = _errs26 === errors;
if(_valid3){
valid5 = true;
passing3 = 0;
}
const _errs27 = errors;
if(data9 !== null){
const err16 = {instancePath:instancePath+"/elevenlabs_async",schemaPath:"#/properties/elevenlabs_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs27 === errors;
if(_valid3 && valid5){
valid5 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid5 = true;
passing3 = 1;
}
}
if(!valid5){
const err17 = {instancePath:instancePath+"/elevenlabs_async",schemaPath:"#/properties/elevenlabs_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.elevenlabs_streaming !== undefined){
if(!(validate240(data.elevenlabs_streaming, {instancePath:instancePath+"/elevenlabs_streaming",parentData:data,parentDataProperty:"elevenlabs_streaming",rootData}))){
vErrors = vErrors === null ? validate240.errors : vErrors.concat(validate240.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_async !== undefined){
if(!(validate242(data.gladia_v1_async, {instancePath:instancePath+"/gladia_v1_async",parentData:data,parentDataProperty:"gladia_v1_async",rootData}))){
vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
errors = vErrors.length;
}
}
if(data.gladia_v1_streaming !== undefined){
if(!(validate244(data.gladia_v1_streaming, {instancePath:instancePath+"/gladia_v1_streaming",parentData:data,parentDataProperty:"gladia_v1_streaming",rootData}))){
vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
errors = vErrors.length;
}
}
if(data.gladia_v2_async !== undefined){
let data13 = data.gladia_v2_async;
const _errs33 = errors;
let valid6 = false;
let passing4 = null;
const _errs34 = errors;
if(!(validate246(data13, {instancePath:instancePath+"/gladia_v2_async",parentData:data,parentDataProperty:"gladia_v2_async",rootData}))){
vErrors = vErrors === null ? validate246.errors : vErrors.concat(validate246.errors);
errors = vErrors.length;
}
var _valid4 = _errs34 === errors;
if(_valid4){
valid6 = true;
passing4 = 0;
}
const _errs35 = errors;
if(data13 !== null){
const err18 = {instancePath:instancePath+"/gladia_v2_async",schemaPath:"#/properties/gladia_v2_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs35 === errors;
if(_valid4 && valid6){
valid6 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid6 = true;
passing4 = 1;
}
}
if(!valid6){
const err19 = {instancePath:instancePath+"/gladia_v2_async",schemaPath:"#/properties/gladia_v2_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing4}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data.gladia_v2_streaming !== undefined){
if(!(validate248(data.gladia_v2_streaming, {instancePath:instancePath+"/gladia_v2_streaming",parentData:data,parentDataProperty:"gladia_v2_streaming",rootData}))){
vErrors = vErrors === null ? validate248.errors : vErrors.concat(validate248.errors);
errors = vErrors.length;
}
}
if(data.google_speech_v2_async !== undefined){
let data15 = data.google_speech_v2_async;
const _errs39 = errors;
let valid7 = false;
let passing5 = null;
const _errs40 = errors;
if(!(validate250(data15, {instancePath:instancePath+"/google_speech_v2_async",parentData:data,parentDataProperty:"google_speech_v2_async",rootData}))){
vErrors = vErrors === null ? validate250.errors : vErrors.concat(validate250.errors);
errors = vErrors.length;
}
var _valid5 = _errs40 === errors;
if(_valid5){
valid7 = true;
passing5 = 0;
}
const _errs41 = errors;
if(data15 !== null){
const err20 = {instancePath:instancePath+"/google_speech_v2_async",schemaPath:"#/properties/google_speech_v2_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid5 = _errs41 === errors;
if(_valid5 && valid7){
valid7 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid7 = true;
passing5 = 1;
}
}
if(!valid7){
const err21 = {instancePath:instancePath+"/google_speech_v2_async",schemaPath:"#/properties/google_speech_v2_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing5}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.meeting_captions !== undefined){
if(!(validate252(data.meeting_captions, {instancePath:instancePath+"/meeting_captions",parentData:data,parentDataProperty:"meeting_captions",rootData}))){
vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
errors = vErrors.length;
}
}
if(data.recallai_async !== undefined){
let data17 = data.recallai_async;
const _errs45 = errors;
let valid8 = false;
let passing6 = null;
const _errs46 = errors;
if(!(validate254(data17, {instancePath:instancePath+"/recallai_async",parentData:data,parentDataProperty:"recallai_async",rootData}))){
vErrors = vErrors === null ? validate254.errors : vErrors.concat(validate254.errors);
errors = vErrors.length;
}
var _valid6 = _errs46 === errors;
if(_valid6){
valid8 = true;
passing6 = 0;
}
const _errs47 = errors;
if(data17 !== null){
const err22 = {instancePath:instancePath+"/recallai_async",schemaPath:"#/properties/recallai_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid6 = _errs47 === errors;
if(_valid6 && valid8){
valid8 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid8 = true;
passing6 = 1;
}
}
if(!valid8){
const err23 = {instancePath:instancePath+"/recallai_async",schemaPath:"#/properties/recallai_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing6}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.recallai_streaming !== undefined){
if(!(validate256(data.recallai_streaming, {instancePath:instancePath+"/recallai_streaming",parentData:data,parentDataProperty:"recallai_streaming",rootData}))){
vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
errors = vErrors.length;
}
}
if(data.rev_async !== undefined){
let data19 = data.rev_async;
const _errs51 = errors;
let valid9 = false;
let passing7 = null;
const _errs52 = errors;
if(!(validate258(data19, {instancePath:instancePath+"/rev_async",parentData:data,parentDataProperty:"rev_async",rootData}))){
vErrors = vErrors === null ? validate258.errors : vErrors.concat(validate258.errors);
errors = vErrors.length;
}
var _valid7 = _errs52 === errors;
if(_valid7){
valid9 = true;
passing7 = 0;
}
const _errs53 = errors;
if(data19 !== null){
const err24 = {instancePath:instancePath+"/rev_async",schemaPath:"#/properties/rev_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid7 = _errs53 === errors;
if(_valid7 && valid9){
valid9 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid9 = true;
passing7 = 1;
}
}
if(!valid9){
const err25 = {instancePath:instancePath+"/rev_async",schemaPath:"#/properties/rev_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing7}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.rev_streaming !== undefined){
if(!(validate260(data.rev_streaming, {instancePath:instancePath+"/rev_streaming",parentData:data,parentDataProperty:"rev_streaming",rootData}))){
vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
errors = vErrors.length;
}
}
if(data.speechmatics_async !== undefined){
let data21 = data.speechmatics_async;
const _errs57 = errors;
let valid10 = false;
let passing8 = null;
const _errs58 = errors;
if(!(validate262(data21, {instancePath:instancePath+"/speechmatics_async",parentData:data,parentDataProperty:"speechmatics_async",rootData}))){
vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
errors = vErrors.length;
}
var _valid8 = _errs58 === errors;
if(_valid8){
valid10 = true;
passing8 = 0;
}
const _errs59 = errors;
if(data21 !== null){
const err26 = {instancePath:instancePath+"/speechmatics_async",schemaPath:"#/properties/speechmatics_async/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid8 = _errs59 === errors;
if(_valid8 && valid10){
valid10 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid10 = true;
passing8 = 1;
}
}
if(!valid10){
const err27 = {instancePath:instancePath+"/speechmatics_async",schemaPath:"#/properties/speechmatics_async/oneOf",keyword:"oneOf",params:{passingSchemas: passing8}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data.speechmatics_streaming !== undefined){
if(!(validate264(data.speechmatics_streaming, {instancePath:instancePath+"/speechmatics_streaming",parentData:data,parentDataProperty:"speechmatics_streaming",rootData}))){
vErrors = vErrors === null ? validate264.errors : vErrors.concat(validate264.errors);
errors = vErrors.length;
}
}
if(data.zoom_rtms !== undefined){
if(!(validate266(data.zoom_rtms, {instancePath:instancePath+"/zoom_rtms",parentData:data,parentDataProperty:"zoom_rtms",rootData}))){
vErrors = vErrors === null ? validate266.errors : vErrors.concat(validate266.errors);
errors = vErrors.length;
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
validate221.errors = vErrors;
return errors === 0;
}


function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/TranscriptArtifact" */;
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
if(data.diarization === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "diarization"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.provider === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recording === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "diarization")) || (key0 === "provider")) || (key0 === "recording"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err10 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate217(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
errors = vErrors.length;
}
}
if(data.diarization !== undefined){
let data5 = data.diarization;
const _errs10 = errors;
let valid1 = false;
let passing0 = null;
const _errs11 = errors;
if(!(validate219(data5, {instancePath:instancePath+"/diarization",parentData:data,parentDataProperty:"diarization",rootData}))){
vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data5 !== null){
const err13 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
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
const err14 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined){
if(!(validate221(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate214.errors = vErrors;
return errors === 0;
}


function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_create_transcript_create.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate214(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
validate213.errors = vErrors;
return errors === 0;
}

export const recording_list_open = validate271;
const schema125 = {"$id":"recording_list","$ref":"/open/PaginatedRecordingList"};
const schema126 = {"$id":"/open/PaginatedRecordingList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/Recording"},"type":"array"}},"type":"object"};
const schema127 = {"$id":"/open/Recording","properties":{"bot":{"oneOf":[{"$ref":"/open/ObjectReference"},{"type":"null"}]},"completed_at":{"format":"date-time","type":["string","null"]},"created_at":{"format":"date-time","type":"string"},"desktop_sdk_upload":{"oneOf":[{"$ref":"/open/ObjectReference"},{"type":"null"}]},"expires_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"media_shortcuts":{"$ref":"/open/MediaShortcuts"},"metadata":{"$ref":"/open/StoredMetadata"},"realtime_endpoints":{"items":{"$ref":"/open/ObjectReference"},"type":"array"},"started_at":{"format":"date-time","type":["string","null"]},"status":{"$ref":"/open/RecordingStatus"}},"required":["id","created_at","started_at","completed_at","status","media_shortcuts","realtime_endpoints","bot","desktop_sdk_upload","expires_at","metadata"],"type":"object"};
const schema128 = {"$id":"/open/ObjectReference","properties":{"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/open/StoredMetadata"}},"required":["id","metadata"],"type":"object"};

function validate274(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/ObjectReference" */;
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
if(!(formats2.test(data0))){
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
validate274.errors = vErrors;
return errors === 0;
}

const schema129 = {"$id":"/open/MediaShortcuts","properties":{"audio_mixed":{"oneOf":[{"$ref":"/open/AudioMixedShortcut"},{"type":"null"}]},"meeting_metadata":{"oneOf":[{"$ref":"/open/MeetingMetadataShortcut"},{"type":"null"}]},"participant_events":{"oneOf":[{"$ref":"/open/ParticipantEventsShortcut"},{"type":"null"}]},"transcript":{"oneOf":[{"$ref":"/open/TranscriptShortcut"},{"type":"null"}]},"video_mixed":{"oneOf":[{"$ref":"/open/VideoMixedShortcut"},{"type":"null"}]}},"required":["video_mixed","transcript","participant_events","meeting_metadata","audio_mixed"],"type":"object"};
const schema130 = {"$id":"/open/VideoMixedShortcut","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/VideoMixedData"},"expires_at":{"format":"date-time","type":["string","null"]},"format":{"enum":["mp4"],"type":"string"},"recording_id":{"format":"uuid","type":"string"}},"required":["data","format"],"type":"object"}]};
const schema131 = {"$id":"/open/VideoMixedData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object"};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/VideoMixedData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema131.properties.download_url.type}};
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
validate285.errors = vErrors;
return errors === 0;
}


function validate283(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/VideoMixedShortcut" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
if(!(validate285(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
errors = vErrors.length;
}
}
if(data.expires_at !== undefined){
let data1 = data.expires_at;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/expires_at",schemaPath:"#/allOf/1/properties/expires_at/type",keyword:"type",params:{type: schema130.allOf[1].properties.expires_at.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
const err5 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/enum",keyword:"enum",params:{allowedValues: schema130.allOf[1].properties.format.enum}};
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
if(!(formats2.test(data3))){
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
validate283.errors = vErrors;
return errors === 0;
}


function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/MediaShortcuts" */;
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
if(data.audio_mixed === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audio_mixed"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.audio_mixed !== undefined){
let data0 = data.audio_mixed;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate24(data0, {instancePath:instancePath+"/audio_mixed",parentData:data,parentDataProperty:"audio_mixed",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data0 !== null){
const err5 = {instancePath:instancePath+"/audio_mixed",schemaPath:"#/properties/audio_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
const err6 = {instancePath:instancePath+"/audio_mixed",schemaPath:"#/properties/audio_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.meeting_metadata !== undefined){
let data1 = data.meeting_metadata;
const _errs7 = errors;
let valid2 = false;
let passing1 = null;
const _errs8 = errors;
if(!(validate95(data1, {instancePath:instancePath+"/meeting_metadata",parentData:data,parentDataProperty:"meeting_metadata",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
var _valid1 = _errs8 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs9 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
const err8 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.participant_events !== undefined){
let data2 = data.participant_events;
const _errs12 = errors;
let valid3 = false;
let passing2 = null;
const _errs13 = errors;
if(!(validate128(data2, {instancePath:instancePath+"/participant_events",parentData:data,parentDataProperty:"participant_events",rootData}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
var _valid2 = _errs13 === errors;
if(_valid2){
valid3 = true;
passing2 = 0;
}
const _errs14 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(data.transcript !== undefined){
let data3 = data.transcript;
const _errs17 = errors;
let valid4 = false;
let passing3 = null;
const _errs18 = errors;
if(!(validate156(data3, {instancePath:instancePath+"/transcript",parentData:data,parentDataProperty:"transcript",rootData}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
errors = vErrors.length;
}
var _valid3 = _errs18 === errors;
if(_valid3){
valid4 = true;
passing3 = 0;
}
const _errs19 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.video_mixed !== undefined){
let data4 = data.video_mixed;
const _errs22 = errors;
let valid5 = false;
let passing4 = null;
const _errs23 = errors;
if(!(validate283(data4, {instancePath:instancePath+"/video_mixed",parentData:data,parentDataProperty:"video_mixed",rootData}))){
vErrors = vErrors === null ? validate283.errors : vErrors.concat(validate283.errors);
errors = vErrors.length;
}
var _valid4 = _errs23 === errors;
if(_valid4){
valid5 = true;
passing4 = 0;
}
const _errs24 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs24 === errors;
if(_valid4 && valid5){
valid5 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid5 = true;
passing4 = 1;
}
}
if(!valid5){
const err14 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing4}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
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
validate278.errors = vErrors;
return errors === 0;
}

const schema132 = {"$id":"/open/RecordingStatus","properties":{"code":{"$ref":"/open/RecordingStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object"};
const schema133 = {"$id":"/open/RecordingStatusCode","enum":["processing","paused","done","failed","deleted"],"type":"string"};

function validate292(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RecordingStatusCode" */;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema133.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate292.errors = vErrors;
return errors === 0;
}


function validate291(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/RecordingStatus" */;
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
if(!(validate292(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema132.properties.sub_code.type}};
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
if(!(formats0.test(data2))){
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
validate291.errors = vErrors;
return errors === 0;
}


function validate273(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/Recording" */;
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
if(data.metadata === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.bot !== undefined){
let data0 = data.bot;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate274(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate274.errors : vErrors.concat(validate274.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
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
const err13 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema127.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
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
if(!(formats0.test(data2))){
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
const _errs11 = errors;
let valid2 = false;
let passing1 = null;
const _errs12 = errors;
if(!(validate274(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate274.errors : vErrors.concat(validate274.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs13 = errors;
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
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
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
else {
const err20 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
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
if(!(validate278(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate278.errors : vErrors.concat(validate278.errors);
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
if(!(validate274(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate274.errors : vErrors.concat(validate274.errors);
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
const err24 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema127.properties.started_at.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.test(data10))){
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
if(!(validate291(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate291.errors : vErrors.concat(validate291.errors);
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
validate273.errors = vErrors;
return errors === 0;
}


function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedRecordingList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema126.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema126.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate273(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate272.errors = vErrors;
return errors === 0;
}


function validate271(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_list" */;
let vErrors = null;
let errors = 0;
if(!(validate272(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate272.errors : vErrors.concat(validate272.errors);
errors = vErrors.length;
}
validate271.errors = vErrors;
return errors === 0;
}

export const recording_list_closed = validate297;
const schema134 = {"$id":"recording_list.closed","$ref":"/closed/PaginatedRecordingList"};
const schema135 = {"$id":"/closed/PaginatedRecordingList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/Recording"},"type":"array"}},"type":"object","additionalProperties":false};
const schema136 = {"$id":"/closed/Recording","properties":{"bot":{"oneOf":[{"$ref":"/closed/ObjectReference"},{"type":"null"}]},"completed_at":{"format":"date-time","type":["string","null"]},"created_at":{"format":"date-time","type":"string"},"desktop_sdk_upload":{"oneOf":[{"$ref":"/closed/ObjectReference"},{"type":"null"}]},"expires_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"media_shortcuts":{"$ref":"/closed/MediaShortcuts"},"metadata":{"$ref":"/closed/StoredMetadata"},"realtime_endpoints":{"items":{"$ref":"/closed/ObjectReference"},"type":"array"},"started_at":{"format":"date-time","type":["string","null"]},"status":{"$ref":"/closed/RecordingStatus"}},"required":["id","created_at","started_at","completed_at","status","media_shortcuts","realtime_endpoints","bot","desktop_sdk_upload","expires_at","metadata"],"type":"object","additionalProperties":false};
const schema137 = {"$id":"/closed/ObjectReference","properties":{"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"}},"required":["id","metadata"],"type":"object","additionalProperties":false};

function validate300(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ObjectReference" */;
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
if(!(formats2.test(data0))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
validate300.errors = vErrors;
return errors === 0;
}

const schema138 = {"$id":"/closed/MediaShortcuts","properties":{"audio_mixed":{"oneOf":[{"$ref":"/closed/AudioMixedShortcut"},{"type":"null"}]},"meeting_metadata":{"oneOf":[{"$ref":"/closed/MeetingMetadataShortcut"},{"type":"null"}]},"participant_events":{"oneOf":[{"$ref":"/closed/ParticipantEventsShortcut"},{"type":"null"}]},"transcript":{"oneOf":[{"$ref":"/closed/TranscriptShortcut"},{"type":"null"}]},"video_mixed":{"oneOf":[{"$ref":"/closed/VideoMixedShortcut"},{"type":"null"}]}},"required":["video_mixed","transcript","participant_events","meeting_metadata","audio_mixed"],"type":"object","additionalProperties":false};
const schema139 = {"$id":"/closed/AudioMixedShortcut","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/AudioMixedData"},"format":{"enum":["mp3","raw"],"type":"string"}},"required":["id","created_at","status","metadata","data","format"],"additionalProperties":false};

function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/AudioMixedShortcut" */;
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
if(!((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "format"))){
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate50(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data5 = data.format;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data5 === "mp3") || (data5 === "raw"))){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema139.properties.format.enum}};
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
validate305.errors = vErrors;
return errors === 0;
}

const schema140 = {"$id":"/closed/MeetingMetadataShortcut","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/MeetingMetadataData"}},"required":["id","created_at","status","metadata","data"],"additionalProperties":false};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MeetingMetadataShortcut" */;
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate110(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
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
validate310.errors = vErrors;
return errors === 0;
}

const schema141 = {"$id":"/closed/ParticipantEventsShortcut","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/ParticipantEventsData"}},"required":["id","created_at","status","metadata","data"],"additionalProperties":false};

function validate315(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/ParticipantEventsShortcut" */;
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate141(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
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
validate315.errors = vErrors;
return errors === 0;
}

const schema142 = {"$id":"/closed/TranscriptShortcut","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/TranscriptData"},"diarization":{"oneOf":[{"$ref":"/closed/TranscriptDiarization"},{"type":"null"}]},"provider":{"$ref":"/closed/TranscriptProvider"}},"required":["id","created_at","status","metadata","data","diarization","provider"],"additionalProperties":false};

function validate320(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/TranscriptShortcut" */;
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
if(data.diarization === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "diarization"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.provider === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "diarization")) || (key0 === "provider"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate217(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
errors = vErrors.length;
}
}
if(data.diarization !== undefined){
let data5 = data.diarization;
const _errs10 = errors;
let valid1 = false;
let passing0 = null;
const _errs11 = errors;
if(!(validate219(data5, {instancePath:instancePath+"/diarization",parentData:data,parentDataProperty:"diarization",rootData}))){
vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs12 === errors;
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
const err13 = {instancePath:instancePath+"/diarization",schemaPath:"#/properties/diarization/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined){
if(!(validate221(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
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
validate320.errors = vErrors;
return errors === 0;
}

const schema143 = {"$id":"/closed/VideoMixedShortcut","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/VideoMixedData"},"expires_at":{"format":"date-time","type":["string","null"]},"format":{"enum":["mp4"],"type":"string"},"recording_id":{"format":"uuid","type":"string"}},"required":["id","created_at","status","metadata","data","format"],"additionalProperties":false};
const schema144 = {"$id":"/closed/VideoMixedData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate330(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/VideoMixedData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema144.properties.download_url.type}};
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
validate330.errors = vErrors;
return errors === 0;
}


function validate327(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/VideoMixedShortcut" */;
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
if(!(formats0.test(data0))){
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
if(!(formats2.test(data1))){
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
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate330(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate330.errors : vErrors.concat(validate330.errors);
errors = vErrors.length;
}
}
if(data.expires_at !== undefined){
let data5 = data.expires_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema143.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
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
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema143.properties.format.enum}};
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
if(!(formats2.test(data7))){
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
validate327.errors = vErrors;
return errors === 0;
}


function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/MediaShortcuts" */;
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
if(data.audio_mixed === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audio_mixed"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "audio_mixed") || (key0 === "meeting_metadata")) || (key0 === "participant_events")) || (key0 === "transcript")) || (key0 === "video_mixed"))){
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
if(data.audio_mixed !== undefined){
let data0 = data.audio_mixed;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate305(data0, {instancePath:instancePath+"/audio_mixed",parentData:data,parentDataProperty:"audio_mixed",rootData}))){
vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err6 = {instancePath:instancePath+"/audio_mixed",schemaPath:"#/properties/audio_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/audio_mixed",schemaPath:"#/properties/audio_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(data.meeting_metadata !== undefined){
let data1 = data.meeting_metadata;
const _errs8 = errors;
let valid2 = false;
let passing1 = null;
const _errs9 = errors;
if(!(validate310(data1, {instancePath:instancePath+"/meeting_metadata",parentData:data,parentDataProperty:"meeting_metadata",rootData}))){
vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs10 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/meeting_metadata",schemaPath:"#/properties/meeting_metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data.participant_events !== undefined){
let data2 = data.participant_events;
const _errs13 = errors;
let valid3 = false;
let passing2 = null;
const _errs14 = errors;
if(!(validate315(data2, {instancePath:instancePath+"/participant_events",parentData:data,parentDataProperty:"participant_events",rootData}))){
vErrors = vErrors === null ? validate315.errors : vErrors.concat(validate315.errors);
errors = vErrors.length;
}
var _valid2 = _errs14 === errors;
if(_valid2){
valid3 = true;
passing2 = 0;
}
const _errs15 = errors;
if(data2 !== null){
const err10 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/participant_events",schemaPath:"#/properties/participant_events/oneOf",keyword:"oneOf",params:{passingSchemas: passing2}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(data.transcript !== undefined){
let data3 = data.transcript;
const _errs18 = errors;
let valid4 = false;
let passing3 = null;
const _errs19 = errors;
if(!(validate320(data3, {instancePath:instancePath+"/transcript",parentData:data,parentDataProperty:"transcript",rootData}))){
vErrors = vErrors === null ? validate320.errors : vErrors.concat(validate320.errors);
errors = vErrors.length;
}
var _valid3 = _errs19 === errors;
if(_valid3){
valid4 = true;
passing3 = 0;
}
const _errs20 = errors;
if(data3 !== null){
const err12 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/oneOf",keyword:"oneOf",params:{passingSchemas: passing3}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.video_mixed !== undefined){
let data4 = data.video_mixed;
const _errs23 = errors;
let valid5 = false;
let passing4 = null;
const _errs24 = errors;
if(!(validate327(data4, {instancePath:instancePath+"/video_mixed",parentData:data,parentDataProperty:"video_mixed",rootData}))){
vErrors = vErrors === null ? validate327.errors : vErrors.concat(validate327.errors);
errors = vErrors.length;
}
var _valid4 = _errs24 === errors;
if(_valid4){
valid5 = true;
passing4 = 0;
}
const _errs25 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs25 === errors;
if(_valid4 && valid5){
valid5 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid5 = true;
passing4 = 1;
}
}
if(!valid5){
const err15 = {instancePath:instancePath+"/video_mixed",schemaPath:"#/properties/video_mixed/oneOf",keyword:"oneOf",params:{passingSchemas: passing4}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate304.errors = vErrors;
return errors === 0;
}

const schema145 = {"$id":"/closed/RecordingStatus","properties":{"code":{"$ref":"/closed/RecordingStatusCode"},"sub_code":{"type":["string","null"]},"updated_at":{"format":"date-time","type":"string"}},"required":["code","sub_code","updated_at"],"type":"object","additionalProperties":false};
const schema146 = {"$id":"/closed/RecordingStatusCode","enum":["processing","paused","done","failed","deleted"],"type":"string"};

function validate337(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RecordingStatusCode" */;
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
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema146.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate337.errors = vErrors;
return errors === 0;
}


function validate336(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/RecordingStatus" */;
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
if(!(validate337(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate337.errors : vErrors.concat(validate337.errors);
errors = vErrors.length;
}
}
if(data.sub_code !== undefined){
let data1 = data.sub_code;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/sub_code",schemaPath:"#/properties/sub_code/type",keyword:"type",params:{type: schema145.properties.sub_code.type}};
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
if(!(formats0.test(data2))){
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
validate336.errors = vErrors;
return errors === 0;
}


function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/Recording" */;
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
if(data.metadata === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema136.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate300(data0, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData}))){
vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 !== null){
const err12 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: schema136.properties.completed_at.type}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err15 = {instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}};
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
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(!(validate300(data3, {instancePath:instancePath+"/desktop_sdk_upload",parentData:data,parentDataProperty:"desktop_sdk_upload",rootData}))){
vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs14 = errors;
if(data3 !== null){
const err18 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/desktop_sdk_upload",schemaPath:"#/properties/desktop_sdk_upload/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
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
else {
const err21 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.media_shortcuts !== undefined){
if(!(validate304(data.media_shortcuts, {instancePath:instancePath+"/media_shortcuts",parentData:data,parentDataProperty:"media_shortcuts",rootData}))){
vErrors = vErrors === null ? validate304.errors : vErrors.concat(validate304.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.realtime_endpoints !== undefined){
let data8 = data.realtime_endpoints;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate300(data8[i0], {instancePath:instancePath+"/realtime_endpoints/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/realtime_endpoints",schemaPath:"#/properties/realtime_endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.started_at !== undefined){
let data10 = data.started_at;
if((typeof data10 !== "string") && (data10 !== null)){
const err25 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: schema136.properties.started_at.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats0.test(data10))){
const err26 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/format",keyword:"format",params:{format: "date-time"}};
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
if(data.status !== undefined){
if(!(validate336(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate336.errors : vErrors.concat(validate336.errors);
errors = vErrors.length;
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
validate299.errors = vErrors;
return errors === 0;
}


function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedRecordingList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema135.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema135.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate299(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate298.errors = vErrors;
return errors === 0;
}


function validate297(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate298(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate298.errors : vErrors.concat(validate298.errors);
errors = vErrors.length;
}
validate297.errors = vErrors;
return errors === 0;
}

export const recording_partial_update_open = validate342;
const schema147 = {"$id":"recording_partial_update","$ref":"/open/Recording"};

function validate342(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate273(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
errors = vErrors.length;
}
validate342.errors = vErrors;
return errors === 0;
}

export const recording_partial_update_closed = validate344;
const schema148 = {"$id":"recording_partial_update.closed","$ref":"/closed/Recording"};

function validate344(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate299(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
errors = vErrors.length;
}
validate344.errors = vErrors;
return errors === 0;
}

export const recording_retrieve_open = validate346;
const schema149 = {"$id":"recording_retrieve","$ref":"/open/Recording"};

function validate346(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate273(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
errors = vErrors.length;
}
validate346.errors = vErrors;
return errors === 0;
}

export const recording_retrieve_closed = validate348;
const schema150 = {"$id":"recording_retrieve.closed","$ref":"/closed/Recording"};

function validate348(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="recording_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate299(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
errors = vErrors.length;
}
validate348.errors = vErrors;
return errors === 0;
}

export const transcript_list_open = validate350;
const schema151 = {"$id":"transcript_list","$ref":"/open/PaginatedTranscriptList"};
const schema152 = {"$id":"/open/PaginatedTranscriptList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/TranscriptArtifact"},"type":"array"}},"type":"object"};

function validate351(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedTranscriptList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema152.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema152.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate155(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate351.errors = vErrors;
return errors === 0;
}


function validate350(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_list" */;
let vErrors = null;
let errors = 0;
if(!(validate351(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
errors = vErrors.length;
}
validate350.errors = vErrors;
return errors === 0;
}

export const transcript_list_closed = validate354;
const schema153 = {"$id":"transcript_list.closed","$ref":"/closed/PaginatedTranscriptList"};
const schema154 = {"$id":"/closed/PaginatedTranscriptList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/TranscriptArtifact"},"type":"array"}},"type":"object","additionalProperties":false};

function validate355(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedTranscriptList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema154.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema154.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate214(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate355.errors = vErrors;
return errors === 0;
}


function validate354(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate355(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate355.errors : vErrors.concat(validate355.errors);
errors = vErrors.length;
}
validate354.errors = vErrors;
return errors === 0;
}

export const transcript_partial_update_open = validate358;
const schema155 = {"$id":"transcript_partial_update","$ref":"/open/TranscriptArtifact"};

function validate358(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate155(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
validate358.errors = vErrors;
return errors === 0;
}

export const transcript_partial_update_closed = validate360;
const schema156 = {"$id":"transcript_partial_update.closed","$ref":"/closed/TranscriptArtifact"};

function validate360(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate214(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
validate360.errors = vErrors;
return errors === 0;
}

export const transcript_retrieve_open = validate362;
const schema157 = {"$id":"transcript_retrieve","$ref":"/open/TranscriptArtifact"};

function validate362(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate155(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
validate362.errors = vErrors;
return errors === 0;
}

export const transcript_retrieve_closed = validate364;
const schema158 = {"$id":"transcript_retrieve.closed","$ref":"/closed/TranscriptArtifact"};

function validate364(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transcript_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate214(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
validate364.errors = vErrors;
return errors === 0;
}

export const video_mixed_list_open = validate366;
const schema159 = {"$id":"video_mixed_list","$ref":"/open/PaginatedVideoMixedList"};
const schema160 = {"$id":"/open/PaginatedVideoMixedList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/VideoMixedArtifact"},"type":"array"}},"type":"object"};
const schema161 = {"$id":"/open/VideoMixedArtifact","allOf":[{"$ref":"/open/VideoMixedShortcut"},{"properties":{"recording":{"$ref":"/open/RecordingReference"}},"required":["recording"],"type":"object"}]};

function validate368(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/VideoMixedArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate283(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate283.errors : vErrors.concat(validate283.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate368.errors = vErrors;
return errors === 0;
}


function validate367(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedVideoMixedList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema160.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema160.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate368(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate368.errors : vErrors.concat(validate368.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate367.errors = vErrors;
return errors === 0;
}


function validate366(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_list" */;
let vErrors = null;
let errors = 0;
if(!(validate367(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate367.errors : vErrors.concat(validate367.errors);
errors = vErrors.length;
}
validate366.errors = vErrors;
return errors === 0;
}

export const video_mixed_list_closed = validate373;
const schema162 = {"$id":"video_mixed_list.closed","$ref":"/closed/PaginatedVideoMixedList"};
const schema163 = {"$id":"/closed/PaginatedVideoMixedList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/VideoMixedArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema164 = {"$id":"/closed/VideoMixedArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/VideoMixedData"},"expires_at":{"format":"date-time","type":["string","null"]},"format":{"enum":["mp4"],"type":"string"},"recording_id":{"format":"uuid","type":"string"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","data","format","recording"],"additionalProperties":false};

function validate375(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/VideoMixedArtifact" */;
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
if(data.recording === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema164.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate330(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate330.errors : vErrors.concat(validate330.errors);
errors = vErrors.length;
}
}
if(data.expires_at !== undefined){
let data5 = data.expires_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: schema164.properties.expires_at.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err13 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/format",keyword:"format",params:{format: "date-time"}};
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
if(data.format !== undefined){
let data6 = data.format;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(data6 === "mp4")){
const err15 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema164.properties.format.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.recording_id !== undefined){
let data7 = data.recording_id;
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
const err16 = {instancePath:instancePath+"/recording_id",schemaPath:"#/properties/recording_id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/recording_id",schemaPath:"#/properties/recording_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate375.errors = vErrors;
return errors === 0;
}


function validate374(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedVideoMixedList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema163.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema163.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate375(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate374.errors = vErrors;
return errors === 0;
}


function validate373(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate374(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate374.errors : vErrors.concat(validate374.errors);
errors = vErrors.length;
}
validate373.errors = vErrors;
return errors === 0;
}

export const video_mixed_partial_update_open = validate382;
const schema165 = {"$id":"video_mixed_partial_update","$ref":"/open/VideoMixedArtifact"};

function validate382(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate368(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate368.errors : vErrors.concat(validate368.errors);
errors = vErrors.length;
}
validate382.errors = vErrors;
return errors === 0;
}

export const video_mixed_partial_update_closed = validate384;
const schema166 = {"$id":"video_mixed_partial_update.closed","$ref":"/closed/VideoMixedArtifact"};

function validate384(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate375(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
errors = vErrors.length;
}
validate384.errors = vErrors;
return errors === 0;
}

export const video_mixed_retrieve_open = validate386;
const schema167 = {"$id":"video_mixed_retrieve","$ref":"/open/VideoMixedArtifact"};

function validate386(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate368(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate368.errors : vErrors.concat(validate368.errors);
errors = vErrors.length;
}
validate386.errors = vErrors;
return errors === 0;
}

export const video_mixed_retrieve_closed = validate388;
const schema168 = {"$id":"video_mixed_retrieve.closed","$ref":"/closed/VideoMixedArtifact"};

function validate388(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_mixed_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate375(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
errors = vErrors.length;
}
validate388.errors = vErrors;
return errors === 0;
}

export const video_separate_list_open = validate390;
const schema169 = {"$id":"video_separate_list","$ref":"/open/PaginatedVideoSeparateList"};
const schema170 = {"$id":"/open/PaginatedVideoSeparateList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/open/VideoSeparateArtifact"},"type":"array"}},"type":"object"};
const schema171 = {"$id":"/open/VideoSeparateArtifact","allOf":[{"$ref":"/open/MediaObject"},{"properties":{"data":{"$ref":"/open/VideoSeparateData"},"format":{"enum":["mp4","h264"],"type":"string"},"recording":{"$ref":"/open/RecordingReference"}},"required":["recording","data","format"],"type":"object"}]};
const schema172 = {"$id":"/open/VideoSeparateData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object"};

function validate394(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/VideoSeparateData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema172.properties.download_url.type}};
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
validate394.errors = vErrors;
return errors === 0;
}


function validate392(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/VideoSeparateArtifact" */;
let vErrors = null;
let errors = 0;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recording === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.format === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data !== undefined){
if(!(validate394(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate394.errors : vErrors.concat(validate394.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "mp4") || (data1 === "h264"))){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/allOf/1/properties/format/enum",keyword:"enum",params:{allowedValues: schema171.allOf[1].properties.format.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate36(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate392.errors = vErrors;
return errors === 0;
}


function validate391(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/open/PaginatedVideoSeparateList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema170.properties.next.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema170.properties.previous.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate392(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate391.errors = vErrors;
return errors === 0;
}


function validate390(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_list" */;
let vErrors = null;
let errors = 0;
if(!(validate391(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
errors = vErrors.length;
}
validate390.errors = vErrors;
return errors === 0;
}

export const video_separate_list_closed = validate399;
const schema173 = {"$id":"video_separate_list.closed","$ref":"/closed/PaginatedVideoSeparateList"};
const schema174 = {"$id":"/closed/PaginatedVideoSeparateList","properties":{"next":{"type":["string","null"]},"previous":{"type":["string","null"]},"results":{"items":{"$ref":"/closed/VideoSeparateArtifact"},"type":"array"}},"type":"object","additionalProperties":false};
const schema175 = {"$id":"/closed/VideoSeparateArtifact","type":"object","properties":{"created_at":{"format":"date-time","type":"string"},"id":{"format":"uuid","type":"string"},"metadata":{"$ref":"/closed/StoredMetadata"},"status":{"$ref":"/closed/MediaStatus"},"data":{"$ref":"/closed/VideoSeparateData"},"format":{"enum":["mp4","h264"],"type":"string"},"recording":{"$ref":"/closed/RecordingReference"}},"required":["id","created_at","status","metadata","recording","data","format"],"additionalProperties":false};
const schema176 = {"$id":"/closed/VideoSeparateData","properties":{"download_url":{"type":["string","null"]}},"required":["download_url"],"type":"object","additionalProperties":false};

function validate404(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/VideoSeparateData" */;
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
let data0 = data.download_url;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/type",keyword:"type",params:{type: schema176.properties.download_url.type}};
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
validate404.errors = vErrors;
return errors === 0;
}


function validate401(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/VideoSeparateArtifact" */;
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
if(data.recording === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recording"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.data === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.format === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "created_at") || (key0 === "id")) || (key0 === "metadata")) || (key0 === "status")) || (key0 === "data")) || (key0 === "format")) || (key0 === "recording"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created_at !== undefined){
let data0 = data.created_at;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err8 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"}};
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
const err9 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate44(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate46(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.data !== undefined){
if(!(validate404(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
let data5 = data.format;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data5 === "mp4") || (data5 === "h264"))){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema175.properties.format.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recording !== undefined){
if(!(validate52(data.recording, {instancePath:instancePath+"/recording",parentData:data,parentDataProperty:"recording",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate401.errors = vErrors;
return errors === 0;
}


function validate400(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="/closed/PaginatedVideoSeparateList" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "next") || (key0 === "previous")) || (key0 === "results"))){
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
if(data.next !== undefined){
let data0 = data.next;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: schema174.properties.next.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous !== undefined){
let data1 = data.previous;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/type",keyword:"type",params:{type: schema174.properties.previous.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.results !== undefined){
let data2 = data.results;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate401(data2[i0], {instancePath:instancePath+"/results/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate401.errors : vErrors.concat(validate401.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}};
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
validate400.errors = vErrors;
return errors === 0;
}


function validate399(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_list.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate400(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate400.errors : vErrors.concat(validate400.errors);
errors = vErrors.length;
}
validate399.errors = vErrors;
return errors === 0;
}

export const video_separate_partial_update_open = validate409;
const schema177 = {"$id":"video_separate_partial_update","$ref":"/open/VideoSeparateArtifact"};

function validate409(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_partial_update" */;
let vErrors = null;
let errors = 0;
if(!(validate392(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
errors = vErrors.length;
}
validate409.errors = vErrors;
return errors === 0;
}

export const video_separate_partial_update_closed = validate411;
const schema178 = {"$id":"video_separate_partial_update.closed","$ref":"/closed/VideoSeparateArtifact"};

function validate411(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_partial_update.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate401(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate401.errors : vErrors.concat(validate401.errors);
errors = vErrors.length;
}
validate411.errors = vErrors;
return errors === 0;
}

export const video_separate_retrieve_open = validate413;
const schema179 = {"$id":"video_separate_retrieve","$ref":"/open/VideoSeparateArtifact"};

function validate413(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_retrieve" */;
let vErrors = null;
let errors = 0;
if(!(validate392(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
errors = vErrors.length;
}
validate413.errors = vErrors;
return errors === 0;
}

export const video_separate_retrieve_closed = validate415;
const schema180 = {"$id":"video_separate_retrieve.closed","$ref":"/closed/VideoSeparateArtifact"};

function validate415(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="video_separate_retrieve.closed" */;
let vErrors = null;
let errors = 0;
if(!(validate401(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate401.errors : vErrors.concat(validate401.errors);
errors = vErrors.length;
}
validate415.errors = vErrors;
return errors === 0;
}
// Each operation's pair, which its entry in operations.ts references.
export const audio_mixed_list = { open: audio_mixed_list_open, closed: audio_mixed_list_closed };
export const audio_mixed_partial_update = { open: audio_mixed_partial_update_open, closed: audio_mixed_partial_update_closed };
export const audio_mixed_retrieve = { open: audio_mixed_retrieve_open, closed: audio_mixed_retrieve_closed };
export const audio_separate_list = { open: audio_separate_list_open, closed: audio_separate_list_closed };
export const audio_separate_partial_update = { open: audio_separate_partial_update_open, closed: audio_separate_partial_update_closed };
export const audio_separate_retrieve = { open: audio_separate_retrieve_open, closed: audio_separate_retrieve_closed };
export const meeting_metadata_list = { open: meeting_metadata_list_open, closed: meeting_metadata_list_closed };
export const meeting_metadata_partial_update = { open: meeting_metadata_partial_update_open, closed: meeting_metadata_partial_update_closed };
export const meeting_metadata_retrieve = { open: meeting_metadata_retrieve_open, closed: meeting_metadata_retrieve_closed };
export const participant_events_list = { open: participant_events_list_open, closed: participant_events_list_closed };
export const participant_events_partial_update = { open: participant_events_partial_update_open, closed: participant_events_partial_update_closed };
export const participant_events_retrieve = { open: participant_events_retrieve_open, closed: participant_events_retrieve_closed };
export const recording_create_transcript_create = { open: recording_create_transcript_create_open, closed: recording_create_transcript_create_closed };
export const recording_list = { open: recording_list_open, closed: recording_list_closed };
export const recording_partial_update = { open: recording_partial_update_open, closed: recording_partial_update_closed };
export const recording_retrieve = { open: recording_retrieve_open, closed: recording_retrieve_closed };
export const transcript_list = { open: transcript_list_open, closed: transcript_list_closed };
export const transcript_partial_update = { open: transcript_partial_update_open, closed: transcript_partial_update_closed };
export const transcript_retrieve = { open: transcript_retrieve_open, closed: transcript_retrieve_closed };
export const video_mixed_list = { open: video_mixed_list_open, closed: video_mixed_list_closed };
export const video_mixed_partial_update = { open: video_mixed_partial_update_open, closed: video_mixed_partial_update_closed };
export const video_mixed_retrieve = { open: video_mixed_retrieve_open, closed: video_mixed_retrieve_closed };
export const video_separate_list = { open: video_separate_list_open, closed: video_separate_list_closed };
export const video_separate_partial_update = { open: video_separate_partial_update_open, closed: video_separate_partial_update_closed };
export const video_separate_retrieve = { open: video_separate_retrieve_open, closed: video_separate_retrieve_closed };
