# Drives one app guest of a jpve node with python3-proxmoxer, a real Proxmox API client.
# usage: app_session.py PORT NODE VMID PASSWORD ACTION...
# ACTION: snapshot=NAME rollback=NAME delsnapshot=NAME start stop destroy snapshots status token=NAME
#         concurrent (two clients, each logged in on its own, change the guest 20 times at once)
import sys, threading, time, warnings
warnings.filterwarnings("ignore")
from proxmoxer import ProxmoxAPI

port, node, vmid, password = sys.argv[1:5]
p = ProxmoxAPI("127.0.0.1:" + port, user="root@pam", password=password, verify_ssl=False)
app = p.nodes(node).app(vmid)


def wait(upid):
    """Polls the task until it has stopped, then prints its type, exit status and log."""
    task = p.nodes(node).tasks(upid)
    deadline = time.time() + 120
    while True:
        status = task.status.get()
        if status["status"] == "stopped" or time.time() > deadline:
            break
        time.sleep(0.1)
    print("task", status["type"], status.get("exitstatus"))
    print("log", " | ".join(line["t"] for line in task.log.get(limit=1000)))


for action in sys.argv[5:]:
    verb, _, arg = action.partition("=")
    if verb == "snapshot":
        wait(app.snapshot.post(snapname=arg, description="made by proxmoxer"))
    elif verb == "rollback":
        wait(app.snapshot(arg).rollback.post())
    elif verb == "delsnapshot":
        wait(app.snapshot(arg).delete())
    elif verb in ("start", "stop"):
        wait(app.status(verb).post())
    elif verb == "destroy":
        wait(app.delete())
    elif verb == "snapshots":
        print("snapshots", sorted(s["name"] for s in app.snapshot.get()))
    elif verb == "status":
        print("status", app.status.current.get()["status"])
    elif verb == "token":
        made = p.access.users("root@pam").token(arg).post(privsep=0, comment="proxmoxer")
        t = ProxmoxAPI("127.0.0.1:" + port, user="root@pam", token_name=arg, token_value=made["value"],
                       verify_ssl=False)
        print("token", made["full-tokenid"], t.nodes(node).app(vmid).status.current.get()["status"])
        p.access.users("root@pam").token(arg).delete()
    elif verb == "concurrent":
        def change(key, prefix, failures):
            client = ProxmoxAPI("127.0.0.1:" + port, user="root@pam", password=password, verify_ssl=False)
            for i in range(20):
                try:
                    client.nodes(node).app(vmid).config.put(**{key: prefix + str(i)})
                except Exception as e:
                    failures.append("%s=%s%d: %s" % (key, prefix, i, e))
        failures = []
        threads = [threading.Thread(target=change, args=(k, v, failures)) for k, v in (("name", "a"), ("tags", "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print("concurrent", "done" if not failures else failures)
    else:
        sys.exit("unknown action " + action)
