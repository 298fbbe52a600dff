// Draws the one picture of the media fixture (tests/fixtures/media/media/fixture-picture.png):
// simple shapes made here, so that no one else's image is copied. Run `npx node
// tests/helpers/make-fixture-picture.mjs` to draw it again.
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

const WIDTH = 1600;
const HEIGHT = 1000;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <rect width="100%" height="100%" fill="#dfe8ef"/>
  <rect y="620" width="100%" height="380" fill="#4d7a5a"/>
  <circle cx="1240" cy="260" r="140" fill="#e9b44c"/>
  <polygon points="200,620 520,240 840,620" fill="#7b6a58"/>
  <polygon points="640,620 980,300 1320,620" fill="#927f6b"/>
</svg>`;
const out = fileURLToPath(new URL('../fixtures/media/media/fixture-picture.png', import.meta.url));
await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toFile(out);
console.log(`wrote ${out}`);
