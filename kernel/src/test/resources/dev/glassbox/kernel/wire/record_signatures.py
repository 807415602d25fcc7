# Records jupyter_client's message signatures: key, the four JSON frames, and the signature,
# as Session.sign computes them (HMAC-SHA256 over header, parent, metadata, content; UTF-8).
# Run: python3 record_signatures.py > signatures.json
import hashlib
import hmac
import json

cases = []
for key, frames in [
    ("a0436f6c-1916-498b-8eb9-e81ab9368e84", ['{"msg_id":"1","msg_type":"kernel_info_request"}', "{}", "{}", "{}"]),
    ("k", ['{"msg_type":"execute_request"}', '{"msg_id":"p"}', '{"x":1}', '{"code":"print(\'\u00e9\U0001F600\')"}']),
    ("", ["{}", "{}", "{}", "{}"]),
]:
    h = hmac.new(key.encode(), digestmod=hashlib.sha256)
    for f in frames:
        h.update(f.encode("utf-8"))
    cases.append({"key": key, "frames": frames, "signature": h.hexdigest() if key else ""})
print(json.dumps(cases, indent=1))
