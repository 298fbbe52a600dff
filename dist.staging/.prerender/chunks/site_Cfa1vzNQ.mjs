import { f as contentDir } from "./content_qShtQhSW.mjs";
import { n as parseSiteSettings, r as resolveSiteAddress } from "./site-settings_uG6T6zd-.mjs";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
// src/content-source/site-settings.ts
/**
* The site's address as this build will use it: SITE when set, else `url` in the content
* directory's site.yaml (see src/lib/content/site-settings.ts), else none.
*/
function readSiteAddress(dir = contentDir(), env = process.env.SITE) {
	const path = join(dir, "site.yaml");
	const file = relative(resolve(dir, ".."), path).split("\\").join("/");
	return resolveSiteAddress(env, parseSiteSettings(existsSync(path) ? readFileSync(path, "utf8") : void 0, file));
}
// src/data/site.ts
var address;
function siteAddress() {
	if (address === void 0) {
		const { url } = readSiteAddress();
		address = url ? new URL(url) : null;
	}
	return address ?? void 0;
}
export { siteAddress as t };
