/**
 * npm start: builds the add-in, serves it on https://localhost:3000, and sideloads it into desktop Excel where
 * the operating system allows (Windows, macOS). Elsewhere it still starts and prints the stand-alone URL and how
 * to sideload into Excel on the web. npm stop stops it.
 */
const { execFileSync, spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STATE = path.join(ROOT, ".plan-tracker");
const PID_FILE = path.join(STATE, "server.pid");
const PORT = require("../package.json").config.dev_server_port;

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(
        { host: "127.0.0.1", port: PORT, path: "/taskpane.html", rejectUnauthorized: false },
        (response) => {
          response.resume();
          resolve();
        },
      );
      request.on("error", () =>
        Date.now() > deadline
          ? reject(new Error(`the server did not answer on port ${PORT}; see .plan-tracker/server.log`))
          : setTimeout(attempt, 300),
      );
    };
    attempt();
  });
}

async function main() {
  console.log("Building the add-in (webpack, development) …");
  run("npx", ["webpack", "--mode", "development"]);

  if (process.platform === "win32" || process.platform === "darwin") {
    // office-addin-debugging starts our server, waits for it, and registers manifest.xml with desktop Excel.
    run("npx", [
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--no-debug",
      "--dev-server",
      "node scripts/serve.js",
      "--dev-server-port",
      String(PORT),
    ]);
    console.log(
      `\nExcel opens with Plan Tracker on the Home tab. The pane also works in a browser: https://localhost:${PORT}/taskpane.html\nStop with: npm stop`,
    );
    return;
  }

  fs.mkdirSync(STATE, { recursive: true });
  if (fs.existsSync(PID_FILE)) {
    try {
      process.kill(Number(fs.readFileSync(PID_FILE, "utf8")), 0);
      console.log(
        `Plan Tracker is already running (pid ${fs.readFileSync(PID_FILE, "utf8").trim()}); npm stop first to restart it.`,
      );
      return;
    } catch {
      fs.rmSync(PID_FILE);
    }
  }
  const log = fs.openSync(path.join(STATE, "server.log"), "w");
  const child = spawn(process.execPath, [path.join(__dirname, "serve.js"), "--port", String(PORT)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.writeFileSync(PID_FILE, String(child.pid));
  child.unref();
  await waitForServer(20000);
  const serverLog = fs.readFileSync(path.join(STATE, "server.log"), "utf8");
  console.log(`
Plan Tracker is running.

  Stand-alone (any browser, no Excel needed):  https://localhost:${PORT}/taskpane.html
${/self-signed/.test(serverLog) ? "    (self-signed certificate: accept the browser's warning once, or trust ~/.office-addin-dev-certs/ca.crt)\n" : ""}
  Desktop Excel cannot be sideloaded on ${process.platform}. To use the add-in in Excel on the web:
    1. open a workbook at https://excel.cloud.microsoft (or office.com → Excel);
    2. Home → Add-ins → More Add-ins → Upload My Add-in (or Insert → Office Add-ins → Upload My Add-in);
    3. choose ${path.join(ROOT, "manifest.xml")};
    4. "Show tracker" and "Refresh sheets" appear on the Home tab; type =SH.TARGET("IC",2025) in a cell.
    Excel on the web loads https://localhost:${PORT}: the browser running it must trust the certificate.

  Stop with: npm stop
`);
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
