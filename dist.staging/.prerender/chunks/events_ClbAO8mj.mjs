import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as getExport } from "./export_D8C7Er-4.mjs";
// src/pages/data/events.json.ts
var events_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** /data/events.json: every event, typed (see events.schema.json). */
var GET = async ({ site }) => new Response(`${JSON.stringify((await getExport(site)).data, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/data/events.json@_@ts
var page = () => events_json_exports;
export { page };
