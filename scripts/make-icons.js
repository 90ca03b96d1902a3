/**
 * Draws the Plan Tracker icon (three rising bars under a dashed target line) as PNGs in assets/.
 * Run once when the design changes: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const set = (x, y, [r, g, b, a]) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (y * size + x) * 4;
    pixels[i] = r;
    pixels[i + 1] = g;
    pixels[i + 2] = b;
    pixels[i + 3] = a;
  };
  const u = size / 16;
  const rect = (x0, y0, x1, y1, color) => {
    for (let y = Math.round(y0 * u); y < Math.round(y1 * u); y++)
      for (let x = Math.round(x0 * u); x < Math.round(x1 * u); x++) set(x, y, color);
  };
  rect(0.5, 0.5, 15.5, 15.5, [255, 255, 255, 255]); // tile
  rect(0.5, 0.5, 15.5, 1.2, [33, 115, 70, 255]); // Excel-green top edge
  const green = [33, 115, 70, 255];
  rect(2, 10, 5, 14.5, green);
  rect(6.5, 7.5, 9.5, 14.5, green);
  rect(11, 5, 14, 14.5, [16, 124, 16, 255]);
  for (let x = 1; x < 15; x += 2) rect(x, 3, x + 1.2, 3.8, [200, 80, 30, 255]); // dashed target
  rect(1, 14.5, 15, 15.2, [90, 90, 90, 255]); // axis
  return pixels;
}

function png(size) {
  const pixels = draw(size);
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log("wrote assets/icon-{16,32,64,80,128}.png");
