#!/usr/bin/python3
"""Fine-tunes all-MiniLM-L6-v2 (or another small BERT given as --base) for target-dependent tone and exports it to
ONNX for stancemap.

Run it through scripts/finetune-tone (which finds the base model and the data). Needs Debian's
python3-torch and python3-onnx; no network.

Input of the model, for one (sentence, mention) pair:
    [CLS] left [unused0] mention [unused1] right [SEP] mention [SEP]
with token types 0 for the sentence and 1 for the repeated mention. The head reads the [CLS] state
and the state of the [unused0] marker, concatenated, and gives P(neg), P(neu), P(pos).
The tokenizer below mirrors org.stancemap.tone.model.WordPieceTokenizer (BERT uncased) exactly, and
org.stancemap.tone.model.TunedEncoderScorer builds the same ids; a Java test checks both on a fixed
sample (tone-minilm-ft.check.jsonl, written here).

Reproducible: one seed fixes the validation split, the batches and the initial head weights; the
epoch is chosen on a validation slice of the training files, never on a development set.
"""
import argparse
import json
import math
import os
import random
import sys
import time
import unicodedata

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper, helper, TensorProto

CLS, SEP, UNK, PAD = 101, 102, 100, 0
M_START, M_END = 1, 2  # [unused0], [unused1]
LABELS = {-1: 0, 0: 1, 1: 2}  # neg, neu, pos


# ---------------------------------------------------------------- tokenizer (mirrors the Java one)
def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch) in ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_ws(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


class WordPiece:
    def __init__(self, tokenizer_json):
        with open(tokenizer_json, encoding="utf-8") as f:
            self.vocab = json.load(f)["model"]["vocab"]

    def _normalize(self, ch):
        out = []
        for c in unicodedata.normalize("NFD", ch):
            if unicodedata.category(c) == "Mn":
                continue
            out.append(c.lower())
        return "".join(out)

    def tokenize(self, text):
        """Word pieces of text as (id, start, end) character offsets into text (UTF-16 aside)."""
        pieces = []
        word, origin = [], []

        def flush(end):
            if not word:
                return
            w = "".join(word)
            ws = origin[0]
            if len(w) > 100:
                pieces.append((UNK, ws, end))
            else:
                out, start = [], 0
                while start < len(w):
                    e = len(w)
                    pid = None
                    while start < e:
                        sub = w[start:e]
                        if start > 0:
                            sub = "##" + sub
                        pid = self.vocab.get(sub)
                        if pid is not None:
                            break
                        e -= 1
                    if pid is None:
                        out = [(UNK, ws, end)]
                        break
                    out.append((pid, origin[start], origin[e] if e < len(w) else end))
                    start = e
                pieces.extend(out)
            word.clear()
            origin.clear()

        for i, ch in enumerate(text):
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch) or _is_ws(ch):
                flush(i)
            elif _is_punct(ch) or _is_cjk(cp):
                flush(i)
                for c in self._normalize(ch):
                    word.append(c)
                    origin.append(i)
                flush(i + 1)
            else:
                for c in self._normalize(ch):
                    word.append(c)
                    origin.append(i)
        flush(len(text))
        return pieces


def build_ids(wp, sentence, start, end, max_sentence=120, max_mention=16):
    """The model input for one mention: ids and token types (see the module comment)."""
    pieces = wp.tokenize(sentence)
    left = [p[0] for p in pieces if p[2] <= start]
    inside = [p[0] for p in pieces if p[1] >= start and p[2] <= end and not (p[2] <= start)]
    right = [p[0] for p in pieces if p[1] >= end and not (p[2] <= start)]
    mention = inside[:max_mention] if inside else [UNK]
    budget = max_sentence - len(mention) - 2
    if len(left) + len(right) > budget:  # keep a window around the mention
        keep_left = min(len(left), max(budget // 2, budget - len(right)))
        keep_right = budget - keep_left
        left = left[len(left) - keep_left:] if keep_left > 0 else []
        right = right[:keep_right]
    a = [CLS] + left + [M_START] + mention + [M_END] + right + [SEP]
    b = mention + [SEP]
    return a + b, [0] * len(a) + [1] * len(b)


# ---------------------------------------------------------------- the model
class Layer(nn.Module):
    def __init__(self, h=384, heads=12, inter=1536):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)
        self.o = nn.Linear(h, h)
        self.ln1 = nn.LayerNorm(h, eps=1e-12)
        self.i = nn.Linear(h, inter)
        self.out = nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, h = x.shape
        d = h // self.heads

        def split(t):
            return t.view(b, n, self.heads, d).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        att = self.drop(torch.softmax(att, dim=-1))
        ctx = torch.matmul(att, v).transpose(1, 2).reshape(b, n, h)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))


class ToneModel(nn.Module):
    def __init__(self, vocab=30522, h=384, layers=6):
        super().__init__()
        self.word = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(512, h)
        self.token_type = nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=1e-12)
        self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList([Layer(h) for _ in range(layers)])
        self.head = nn.Linear(2 * h, 3)

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        positions = torch.arange(n, dtype=torch.long).unsqueeze(0)
        x = self.word(input_ids) + self.pos(positions) + self.token_type(token_type_ids)
        x = self.drop(self.ln(x))
        bias = (1.0 - attention_mask.to(torch.float32)).unsqueeze(1).unsqueeze(2) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        marker = torch.argmax((input_ids == M_START).to(torch.int32), dim=1)
        m = torch.gather(x, 1, marker.view(-1, 1, 1).expand(-1, 1, x.shape[2])).squeeze(1)
        return self.head(self.drop(torch.cat([x[:, 0], m], dim=1)))


def base_layers(onnx_path):
    """How many transformer layers a BERT-style ONNX export has (6 for all-MiniLM-L6-v2, 12 for bge-small-en-v1.5)."""
    g = onnx.load(onnx_path).graph
    return len({i.name.split(".")[2] for i in g.initializer if i.name.startswith("encoder.layer.")})


def build_model(onnx_path):
    """The tone model on a base encoder: as many layers as the base has, its weights loaded (the head is new)."""
    model = ToneModel(layers=base_layers(onnx_path))
    load_base(model, onnx_path)
    return model


def load_base(model, onnx_path):
    """Copies a BERT-style encoder's weights (all-MiniLM-L6-v2, bge-small-en-v1.5) from its ONNX export, matched by
    the graph's node names."""
    g = onnx.load(onnx_path).graph
    w = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    t = lambda a: torch.from_numpy(np.array(a, dtype=np.float32))
    sd = {"word.weight": t(w["embeddings.word_embeddings.weight"]),
          "pos.weight": t(w["embeddings.position_embeddings.weight"]),
          "token_type.weight": t(w["embeddings.token_type_embeddings.weight"]),
          "ln.weight": t(w["embeddings.LayerNorm.weight"]), "ln.bias": t(w["embeddings.LayerNorm.bias"])}
    names = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
             "attention/output/dense": "o", "intermediate/dense": "i", "output/dense": "out"}
    hf = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
          "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense"}
    for node in g.node:
        if node.op_type != "MatMul" or node.input[1] not in w:
            continue
        parts = node.name.strip("/").split("/")  # encoder, layer.N, ..., MatMul
        layer = int(parts[1].split(".")[1])
        short = names["/".join(parts[2:-1])]
        sd[f"layers.{layer}.{short}.weight"] = t(w[node.input[1]].T)
        sd[f"layers.{layer}.{short}.bias"] = t(w[f"encoder.layer.{layer}.{hf[short]}.bias"])
    for layer in range(len(model.layers)):
        for ours, theirs in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            sd[f"layers.{layer}.{ours}.weight"] = t(w[f"encoder.layer.{layer}.{theirs}.weight"])
            sd[f"layers.{layer}.{ours}.bias"] = t(w[f"encoder.layer.{layer}.{theirs}.bias"])
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert set(missing) == {"head.weight", "head.bias"} and not unexpected, (missing, unexpected)


# ---------------------------------------------------------------- data and training
def read(paths, wp):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                ids, types = build_ids(wp, r["sentence"], r["from"], r["to"])
                rows.append((ids, types, LABELS[int(r["polarity"])]))
    return rows


def batches(rows, size, rng):
    """Length-bucketed batches (less padding), in a seeded random order."""
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i][0]), rng.random()))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def tensors(rows, idx):
    n = max(len(rows[i][0]) for i in idx)
    ids = torch.zeros((len(idx), n), dtype=torch.long)
    types = torch.zeros((len(idx), n), dtype=torch.long)
    mask = torch.zeros((len(idx), n), dtype=torch.long)
    for j, i in enumerate(idx):
        a, t, _ = rows[i]
        ids[j, :len(a)] = torch.tensor(a)
        types[j, :len(t)] = torch.tensor(t)
        mask[j, :len(a)] = 1
    y = torch.tensor([rows[i][2] for i in idx])
    return ids, mask, types, y


def predict(model, rows, size=64):
    model.eval()
    out = np.zeros((len(rows), 3), dtype=np.float32)
    with torch.no_grad():
        order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))
        for k in range(0, len(order), size):
            idx = order[k:k + size]
            ids, mask, types, _ = tensors(rows, idx)
            out[idx] = torch.softmax(model(ids, mask, types), dim=1).numpy()
    return out


def macro_f1(probs, rows):
    pred = probs.argmax(1)
    gold = np.array([r[2] for r in rows])
    f1 = []
    for c in range(3):
        tp = ((pred == c) & (gold == c)).sum()
        p = tp / max(1, (pred == c).sum())
        r = tp / max(1, (gold == c).sum())
        f1.append(0 if p + r == 0 else 2 * p * r / (p + r))
    return float(np.mean(f1)), float((pred == gold).mean())


def export(model, path, sample):
    """ONNX with int8 weights: each large matrix stored as int8 plus a scale per output column,
    turned back into float by DequantizeLinear (folded into constants when the session loads)."""
    model.eval()
    tmp = path + ".fp32"
    ids, mask, types, _ = sample
    torch.onnx.export(model, (ids, mask, types), tmp, opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ["input_ids", "attention_mask", "token_type_ids"]}
                      | {"logits": {0: "batch"}})
    m = onnx.load(tmp)
    os.remove(tmp)
    g = m.graph
    users = {}
    for node in g.node:
        for k, name in enumerate(node.input):
            users.setdefault(name, []).append((node, k))
    new_inits, new_nodes = [], []
    for init in list(g.initializer):
        a = numpy_helper.to_array(init)
        if a.dtype != np.float32 or a.ndim != 2 or a.size < 100_000:
            continue
        # per row for an embedding table (Gather picks rows), per output column for a MatMul weight
        gathered = any(n.op_type == "Gather" and k == 0 for n, k in users.get(init.name, []))
        axis = 0 if gathered else 1
        amax = np.abs(a).max(axis=1 - axis)
        scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
        shaped = scale.reshape((-1, 1) if axis == 0 else (1, -1))
        q = np.clip(np.round(a / shaped), -127, 127).astype(np.int8)
        g.initializer.remove(init)
        new_inits += [numpy_helper.from_array(q, init.name + "_q"),
                      numpy_helper.from_array(scale, init.name + "_scale"),
                      numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), init.name + "_zero")]
        new_nodes.append(helper.make_node("DequantizeLinear", [init.name + "_q", init.name + "_scale", init.name + "_zero"],
                                          [init.name], axis=axis, name=init.name + "_dequantize"))
    g.initializer.extend(new_inits)
    for n in reversed(new_nodes):
        g.node.insert(0, n)
    m.producer_name = "stancemap scripts/tone/finetune.py"
    onnx.checker.check_model(m)
    onnx.save(m, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the base encoder's ONNX export, fp32: all-minilm-l6-v2.onnx (the packaged encoder's) "
                    "or another BERT with the uncased vocabulary, 384 hidden units, 12 heads and 1,536 intermediate "
                    "units, of any depth (bge-small-en-v1.5.onnx)")
    ap.add_argument("--tokenizer", required=True, help="its tokenizer.json")
    ap.add_argument("--train", required=True, help="comma-separated jsonl files")
    ap.add_argument("--dev", default="", help="comma-separated jsonl files, reported only")
    ap.add_argument("--out", required=True, help="the .onnx to write")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--validation", type=float, default=0.1, help="share of train held out to choose the epoch")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    wp = WordPiece(args.tokenizer)
    rows = read(args.train.split(","), wp)
    rng.shuffle(rows)
    n_val = int(len(rows) * args.validation)
    val, train = rows[:n_val], rows[n_val:]
    devs = {os.path.basename(p): read([p], wp) for p in args.dev.split(",") if p}
    print(f"train {len(train)}, validation {len(val)}, dev {[(k, len(v)) for k, v in devs.items()]}", flush=True)

    model = build_model(args.base)
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    best, best_state = -1.0, None
    start = time.time()
    step = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        for idx in batches(train, args.batch, rng):
            ids, mask, types, y = tensors(train, idx)
            loss = F.cross_entropy(model(ids, mask, types), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
            step += 1
            if step % 50 == 0:
                print(f"  step {step}/{steps} loss {loss.item():.3f} {time.time() - start:.0f}s", flush=True)
        vf1, vacc = macro_f1(predict(model, val), val)
        report = " ".join(f"{k} {macro_f1(predict(model, v), v)[0]:.3f}" for k, v in devs.items())
        print(f"epoch {epoch}: train loss {total / len(train):.3f}, validation F1m {vf1:.3f} acc {vacc:.3f}; {report}; "
              f"{time.time() - start:.0f}s", flush=True)
        if vf1 > best:
            best, best_state = vf1, {k: v.clone() for k, v in model.state_dict().items()}
            best_epoch = epoch
    model.load_state_dict(best_state)
    print(f"kept epoch {best_epoch} (validation F1m {best:.3f})", flush=True)
    export(model, args.out, tensors(val, list(range(min(4, len(val))))))
    # a check sample for the Java side: ids it must build and probabilities it must reproduce
    check = args.out[:-len(".onnx")] + ".check.jsonl"
    sample_src = []
    for p in args.dev.split(",")[:1] or args.train.split(",")[:1]:
        with open(p, encoding="utf-8") as f:
            sample_src = [json.loads(l) for l in f if l.strip()][:40]
    with open(check, "w", encoding="utf-8") as f:
        for r in sample_src:
            ids, types = build_ids(wp, r["sentence"], r["from"], r["to"])
            model.eval()
            with torch.no_grad():
                p = torch.softmax(model(torch.tensor([ids]), torch.ones((1, len(ids)), dtype=torch.long),
                                        torch.tensor([types])), dim=1)[0].tolist()
            f.write(json.dumps({"sentence": r["sentence"], "from": r["from"], "to": r["to"], "ids": ids,
                                "p_neg": round(p[0], 5), "p_neu": round(p[1], 5), "p_pos": round(p[2], 5)}) + "\n")
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB) and {check}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
