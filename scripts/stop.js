/** npm stop: stops the server npm start left running and, on Windows and macOS, unregisters the sideloaded add-in. */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".plan-tracker", "server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  try {
    execFileSync("npx", ["office-addin-debugging", "stop", "manifest.xml", "desktop", "--app", "excel"], {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
  } catch {
    // the server may already be gone; fall through to the pid file
  }
}
if (!fs.existsSync(PID_FILE)) {
  console.log("Plan Tracker is not running.");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the Plan Tracker server (pid ${pid}).`);
  } catch {
    console.log("The Plan Tracker server had already stopped.");
  }
  fs.rmSync(PID_FILE);
}
