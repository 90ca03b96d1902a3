/**
 * Serves dist/ on localhost: HTTPS with the Office dev certificates when they can be had (trusted where
 * office-addin-dev-certs could install its CA, self-signed otherwise), plain HTTP with --http.
 *   node scripts/serve.js [--port 3000] [--dir dist] [--http]
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function handler(root) {
  const base = path.resolve(root);
  return (request, response) => {
    const url = new URL(request.url, "http://localhost");
    let file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(base)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "taskpane.html");
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "no-cache",
      });
      response.end(data);
    });
  };
}

/** HTTPS options: installed dev certificates, else freshly generated self-signed ones. */
async function certificates(log) {
  const devCerts = require("office-addin-dev-certs");
  try {
    return { options: await devCerts.getHttpsServerOptions(), trusted: true };
  } catch (error) {
    log(
      `office-addin-dev-certs could not install a trusted certificate here (${String(error.message).split("\n")[0]}).`,
    );
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key)) await devCerts.generateCertificates(ca, cert, key, 30);
    return {
      options: { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) },
      trusted: false,
    };
  }
}

/** Starts the server; resolves with its URL once it listens. */
async function serve({
  dir = path.join(__dirname, "..", "dist"),
  port = 3000,
  secure = true,
  log = () => undefined,
} = {}) {
  let server;
  let trusted = false;
  if (secure) {
    const certs = await certificates(log);
    trusted = certs.trusted;
    server = https.createServer(certs.options, handler(dir));
  } else {
    server = http.createServer(handler(dir));
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actual = server.address().port;
  return { server, url: `${secure ? "https" : "http"}://localhost:${actual}/`, trusted };
}

module.exports = { serve };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  serve({
    dir: value("--dir", path.join(__dirname, "..", "dist")),
    port: Number(value("--port", 3000)),
    secure: !args.includes("--http"),
    log: console.log,
  })
    .then(({ url, trusted }) =>
      console.log(`serving ${url} ${trusted ? "(trusted dev certificate)" : "(self-signed certificate)"}`),
    )
    .catch((error) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `port ${value("--port", 3000)} is in use; stop the other server (npm stop) first`
          : error.message,
      );
      process.exit(1);
    });
}
