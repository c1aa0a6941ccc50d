#!/usr/bin/python3
"""Distils the fine-tuned tone encoder (the teacher) into a small convolutional student and exports it for stancemap.

Run it through scripts/distil-tone, which writes the training file with `stancemap distil-data` (the teacher's
probabilities for every mention, gold labels where they exist). Needs Debian's python3-torch and python3-onnx.

The student reads the teacher's own input ids ([CLS] left [unused0] mention [unused1] right [SEP] mention [SEP], token
types 0 then 1), so org.stancemap.tone.model.TunedEncoderScorer runs it unchanged:
    word embedding (the teacher's, projected to --dim by its principal components) + token type + the position relative
    to the mention marker (clipped at +-32), layer norm
    three residual 1-D convolutions (width 3, dilations 1, 2, 4), GELU, layer norm, padding masked
    (--attention N: N self-attention layers after them; one was tried at stop 53 and not packaged, docs/tone.md)
    [marker state; max over tokens; mean over tokens] -> dense -> GELU -> 3 logits (neg, neu, pos)
Loss: alpha * KL(teacher at temperature T || student at T) * T^2 + (1 - alpha) * cross-entropy on gold, where gold exists.

Reproducible: one seed fixes the validation split, the batches and the initial weights; the epoch is chosen on a seeded
tenth of the gold-labelled training mentions, never on a development set.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

M_START, SEP = 1, 102


def teacher_embeddings(path):
    """The teacher's word embeddings, from its int8 export (per-row scales)."""
    g = onnx.load(path).graph
    w = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    name = [k for k in w if k.endswith("_q") and w[k].ndim == 2 and w[k].shape[0] == 30522][0]
    return w[name].astype(np.float32) * w[name[:-2] + "_scale"].astype(np.float32).reshape(-1, 1)


class SelfAttention(nn.Module):
    """One transformer layer (multi-head self-attention over the unpadded tokens, then a feed-forward of 2d), written
    out so that it exports to plain ONNX operators."""

    def __init__(self, d, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln1 = nn.LayerNorm(d)
        self.ff1 = nn.Linear(d, 2 * d)
        self.ff2 = nn.Linear(2 * d, d)
        self.ln2 = nn.LayerNorm(d)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, m):
        b, n, d = x.shape
        h = self.heads
        q, k, v = self.qkv(x).view(b, n, 3, h, d // h).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // h) + (1.0 - m.view(b, 1, 1, n)) * -1e4
        a = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(b, n, d)
        x = self.ln1(x + self.drop(self.proj(a))) * m.view(b, n, 1)
        return self.ln2(x + self.drop(self.ff2(F.gelu(self.ff1(x))))) * m.view(b, n, 1)


class Student(nn.Module):
    def __init__(self, emb, d=256, dilations=(1, 2, 4), width=3, rel=32, attention=0):
        super().__init__()
        emb = emb - emb.mean(0, keepdims=True)
        _, _, vt = np.linalg.svd(emb, full_matrices=False)
        init = emb @ vt[:d].T
        self.word = nn.Embedding(emb.shape[0], d)
        self.word.weight.data = torch.from_numpy((init / init.std()).astype(np.float32))
        self.ttype = nn.Embedding(2, d)
        self.rel = nn.Embedding(2 * rel + 1, d)
        nn.init.normal_(self.ttype.weight, std=0.1)
        nn.init.normal_(self.rel.weight, std=0.1)
        self.relmax = rel
        self.ln0 = nn.LayerNorm(d)
        self.convs = nn.ModuleList([nn.Conv1d(d, d, width, padding=x * (width - 1) // 2, dilation=x) for x in dilations])
        self.lns = nn.ModuleList([nn.LayerNorm(d) for _ in dilations])
        self.attention = nn.ModuleList([SelfAttention(d) for _ in range(attention)])
        self.drop = nn.Dropout(0.1)
        self.hidden = nn.Linear(3 * d, d)
        self.out = nn.Linear(d, 3)

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        marker = torch.argmax((input_ids == M_START).to(torch.int32), dim=1)
        pos = torch.arange(n, dtype=torch.long).unsqueeze(0) - marker.unsqueeze(1)
        pos = torch.clamp(pos, -self.relmax, self.relmax) + self.relmax
        m = attention_mask.to(torch.float32).unsqueeze(2)
        x = self.drop(self.ln0(self.word(input_ids) + self.ttype(token_type_ids) + self.rel(pos)) * m)
        for conv, ln in zip(self.convs, self.lns):
            h = conv(x.transpose(1, 2)).transpose(1, 2)
            x = ln(x + self.drop(F.gelu(h))) * m
        for layer in self.attention:
            x = layer(x, attention_mask.to(torch.float32))
        mk = torch.gather(x, 1, marker.view(-1, 1, 1).expand(-1, 1, x.shape[2])).squeeze(1)
        mx = (x - (1.0 - m) * 1e4).max(dim=1).values
        mean = x.sum(1) / m.sum(1)
        return self.out(self.drop(F.gelu(self.hidden(torch.cat([mk, mx, mean], dim=1)))))


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows.append(r | {"p": np.array(r["p"], dtype=np.float32)})
    return rows


def tensors(rows, idx):
    n = max(len(rows[i]["ids"]) for i in idx)
    ids = torch.zeros((len(idx), n), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for j, i in enumerate(idx):
        a = rows[i]["ids"]
        ids[j, :len(a)] = torch.tensor(a)
        mask[j, :len(a)] = 1
        types[j, a.index(SEP) + 1:len(a)] = 1
    p = torch.from_numpy(np.stack([rows[i]["p"] for i in idx]))
    y = torch.tensor([rows[i]["y"] for i in idx])
    return ids, mask, types, p, y


def predict(model, rows, size=256):
    model.eval()
    out = np.zeros((len(rows), 3), dtype=np.float32)
    with torch.no_grad():
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]["ids"]))
        for k in range(0, len(order), size):
            idx = order[k:k + size]
            ids, mask, types, _, _ = tensors(rows, idx)
            out[idx] = torch.softmax(model(ids, mask, types), dim=1).numpy()
    return out


def macro_f1(probs, rows):
    pred, gold = probs.argmax(1), np.array([r["y"] for r in rows])
    f1 = []
    for c in range(3):
        tp = ((pred == c) & (gold == c)).sum()
        p, r = tp / max(1, (pred == c).sum()), tp / max(1, (gold == c).sum())
        f1.append(0 if p + r == 0 else 2 * p * r / (p + r))
    return float(np.mean(f1))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--teacher-model", required=True, help="the teacher's .onnx (its word embeddings start the student's)")
    ap.add_argument("--train", required=True, help="distil-data JSON lines")
    ap.add_argument("--dev", default="", help="distil-data JSON lines of labelled development sets, reported only")
    ap.add_argument("--out", required=True, help="the .onnx to write")
    ap.add_argument("--dim", type=int, default=256)
    ap.add_argument("--attention", type=int, default=0, help="self-attention layers after the convolutions")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--alpha", type=float, default=0.5, help="weight of the teacher's soft labels against gold")
    ap.add_argument("--temperature", type=float, default=2.0)
    ap.add_argument("--validation", type=float, default=0.1, help="share of gold-labelled mentions held out to choose the epoch")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    rows = read(a.train)
    gold = [i for i, r in enumerate(rows) if r["y"] >= 0]
    rng.shuffle(gold)
    held = set(gold[:int(len(gold) * a.validation)])
    if not held:
        sys.exit("distil.py: no gold-labelled mention is held out to choose the epoch (--validation, or gold in --train)")
    train = [r for i, r in enumerate(rows) if i not in held]
    val = [rows[i] for i in sorted(held)]
    devs = {}
    for r in (read(a.dev) if a.dev else []):
        devs.setdefault(r["source"], []).append(r)
    print(f"train {len(train)} ({sum(1 for r in train if r['y'] >= 0)} with gold), validation {len(val)}, "
          f"dev {[(k, len(v)) for k, v in devs.items()]}", flush=True)
    for k, v in devs.items():
        print(f"  teacher on {k}: F1m {macro_f1(np.stack([r['p'] for r in v]), v):.3f}", flush=True)

    model = Student(teacher_embeddings(a.teacher_model), d=a.dim, attention=a.attention)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.batch)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    best, best_state, best_epoch, start = -1.0, None, 0, time.time()
    for epoch in range(1, a.epochs + 1):
        model.train()
        order = sorted(range(len(train)), key=lambda i: (len(train[i]["ids"]), rng.random()))
        chunks = [order[i:i + a.batch] for i in range(0, len(order), a.batch)]
        rng.shuffle(chunks)
        total = 0.0
        for idx in chunks:
            ids, mask, types, p, y = tensors(train, idx)
            logits = model(ids, mask, types)
            soft = p ** (1 / a.temperature)
            soft = soft / soft.sum(1, keepdim=True)
            loss = F.kl_div(F.log_softmax(logits / a.temperature, 1), soft, reduction="batchmean") * a.temperature ** 2
            has = y >= 0
            if has.any():
                loss = a.alpha * loss + (1 - a.alpha) * F.cross_entropy(logits[has], y[has])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        vf1 = macro_f1(predict(model, val), val)
        report = " ".join(f"{k} {macro_f1(predict(model, v), v):.3f}" for k, v in devs.items())
        print(f"epoch {epoch}: loss {total / len(train):.3f}, validation F1m {vf1:.3f}; {report}; {time.time() - start:.0f}s", flush=True)
        if vf1 > best:
            best, best_epoch, best_state = vf1, epoch, {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    model.eval()
    print(f"kept epoch {best_epoch} (validation F1m {best:.3f})", flush=True)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import finetune  # the same int8 export as the teacher's
    sample = list(devs.values())[0][:40] if devs else val[:40]
    ids, mask, types, _, _ = tensors(sample, list(range(min(4, len(sample)))))
    finetune.export(model, a.out, (ids, mask, types, None))
    check = os.path.splitext(a.out)[0] + ".check.jsonl"
    with open(check, "w", encoding="utf-8") as f, torch.no_grad():
        for r in sample:
            x = torch.tensor([r["ids"]])
            t = torch.zeros_like(x)
            t[0, r["ids"].index(SEP) + 1:] = 1
            p = torch.softmax(model(x, torch.ones_like(x), t), dim=1)[0].tolist()
            f.write(json.dumps({"sentence": r["sentence"], "from": r["from"], "to": r["to"], "ids": r["ids"],
                                "p_neg": round(p[0], 5), "p_neu": round(p[1], 5), "p_pos": round(p[2], 5)}) + "\n")
    print(f"wrote {a.out} ({os.path.getsize(a.out) / 1e6:.1f} MB) and {check}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
