# workerd's configuration for this Worker: `npm start` serves it on http://127.0.0.1:8787. The secret comes
# from the environment (POPP_WEBHOOK_SECRET) into the Worker's env. No nodejs_compat flag: the package needs none.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "dist/worker.js") ],
  compatibilityDate = "2026-11-01",
  bindings = [ (name = "POPP_WEBHOOK_SECRET", fromEnvironment = "POPP_WEBHOOK_SECRET") ],
);
