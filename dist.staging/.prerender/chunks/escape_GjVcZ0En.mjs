// src/lib/escape.ts
var ENTITIES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
};
/** Text made safe to write into HTML, SVG or XML, as element content or a quoted attribute value. */
function escapeMarkup(text) {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
export { escapeMarkup as t };
