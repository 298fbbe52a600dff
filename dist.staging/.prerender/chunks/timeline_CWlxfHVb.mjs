import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as getTimelineData } from "./timeline_hHwyLc19.mjs";
// src/pages/timeline.json.ts
var timeline_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** The timeline's data for the browser: every event's dates, lane and words, in order. */
var GET = async () => new Response(JSON.stringify(await getTimelineData()), { headers: { "content-type": "application/json" } });
// \0virtual:astro:page:src/pages/timeline.json@_@ts
var page = () => timeline_json_exports;
export { page };
