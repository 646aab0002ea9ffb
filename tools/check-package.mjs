// CI's package check: packs the tarball, installs it into an empty project as a user would, and fails when the
// install prints a warning, when the package is over its size budget, or when the installed server does not answer.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The bundle (about 4.1 MB, 0.8 MB of it the three MCP Apps views), the format document and the demo workspace
// (about 5.4 MB, most of it the alert storm #1239); see the README.
const UNPACKED_BUDGET_BYTES = 10_000_000;

const dir = mkdtempSync(join(tmpdir(), "oncall-package-"));
try {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { encoding: "utf8" }),
  );
  const { filename, unpackedSize, size, files } = packed[0];
  const maps = files.filter((file) => file.path.endsWith(".map"));
  if (maps.length > 0) throw new Error(`the package ships ${maps.length} source maps`);
  if (unpackedSize > UNPACKED_BUDGET_BYTES)
    throw new Error(`unpacked size ${unpackedSize} bytes is over the budget`);

  const project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "try-it", version: "1.0.0", private: true }),
  );
  const install = spawnText("npm", ["install", "--no-audit", "--no-fund", join(dir, filename)], project);
  const warnings = install.split("\n").filter((line) => /\bwarn\b/i.test(line));
  if (warnings.length > 0) throw new Error(`installing the tarball warns:\n${warnings.join("\n")}`);

  const bin = join(project, "node_modules/.bin/oncall-mentor-mcp");
  statSync(bin);
  const answer = await firstLine(bin, project);
  if (!answer.includes('"id":1') || !answer.includes('"result"'))
    throw new Error(`the installed server answered ${answer}`);
  const shipped = readdirSync(join(project, "node_modules/oncall-mentor-mcp"));
  console.log(
    `package: ${(size / 1e6).toFixed(2)} MB packed, ${(unpackedSize / 1e6).toFixed(1)} MB unpacked, ${files.length} files (${shipped.join(", ")}); installs without a warning and answers`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs a command and returns what it printed on stdout and stderr; throws when it fails. */
function spawnText(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Starts the installed server, sends a ping, and returns its first line on stdout. */
function firstLine(bin, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [], { cwd, stdio: ["pipe", "pipe", "ignore"] });
    let out = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("the installed server did not answer a ping within 20 s"));
    }, 20_000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const newline = out.indexOf("\n");
      if (newline >= 0) {
        clearTimeout(timer);
        child.kill();
        resolve(out.slice(0, newline));
      }
    });
    child.on("error", reject);
    child.stdin.write('{"jsonrpc":"2.0","id":1,"method":"ping"}\n');
  });
}
