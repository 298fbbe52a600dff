import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as getCslItems } from "./export_D8C7Er-4.mjs";
// src/pages/data/bibliography.json.ts
var bibliography_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** /data/bibliography.json: every source as CSL-JSON. */
var GET = async () => new Response(`${JSON.stringify(await getCslItems(), null, 2)}\n`, { headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/data/bibliography.json@_@ts
var page = () => bibliography_json_exports;
export { page };
