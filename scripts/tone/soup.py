#!/usr/bin/env python3
"""Averages the weights of two fine-tuned encoders exported by finetune.py (a "model soup"): the same network, so the
mean of the weights is one network of the same cost. Weights stored as int8 with a scale per column or row are turned
back into float, averaged and stored as int8 again with their own scales; other float weights are averaged as they are.

    /usr/bin/python3 scripts/tone/soup.py A.onnx B.onnx W OUT.onnx      # (1 - W) * A + W * B

The packaged tone-minilm-ft.onnx (stop 55) is 0.3 of training 3 and 0.7 of training 5 (docs/tone.md, "Round 4 in the
teacher"). Needs Debian's python3-onnx (and numpy)."""
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def soup(path_a, path_b, w, out):
    a, b = onnx.load(path_a), onnx.load(path_b)
    ia = {i.name: i for i in a.graph.initializer}
    ib = {i.name: numpy_helper.to_array(i) for i in b.graph.initializer}
    if not 0 <= w <= 1:
        sys.exit(f"soup: the weight of B must be in [0, 1], not {w}")
    if set(ia) != set(ib) or any(numpy_helper.to_array(ia[k]).shape != ib[k].shape or numpy_helper.to_array(ia[k]).dtype != ib[k].dtype for k in ia):
        sys.exit("soup: the two models have different weights: not the same network")
    # int8 weight -> (its scale, the axis its scales run along), from the DequantizeLinear nodes of the export
    quantized = {}
    for n in a.graph.node:
        if n.op_type == "DequantizeLinear":
            axis = [at.i for at in n.attribute if at.name == "axis"]
            if len(n.input) > 2 and (numpy_helper.to_array(ia[n.input[2]]).any() or ib[n.input[2]].any()):
                sys.exit(f"soup: {n.input[0]} has a zero point other than 0; finetune.py's export has none")
            quantized[n.input[0]] = (n.input[1], axis[0] if axis else 1)
    scales = {s for s, _ in quantized.values()}
    new = {}
    for name, init in ia.items():
        x = numpy_helper.to_array(init)
        if name in quantized:
            scale, axis = quantized[name]
            shape = (-1, 1) if axis == 0 else (1, -1)
            fa = x.astype(np.float32) * numpy_helper.to_array(ia[scale]).reshape(shape)
            fb = ib[name].astype(np.float32) * ib[scale].reshape(shape)
            f = (1 - w) * fa + w * fb
            amax = np.abs(f).max(axis=1 - axis)
            s = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
            new[name] = np.clip(np.round(f / s.reshape(shape)), -127, 127).astype(np.int8)
            new[scale] = s
        elif x.dtype == np.float32 and name not in scales and not np.array_equal(x, ib[name]):
            new[name] = ((1 - w) * x + w * ib[name]).astype(np.float32)
    for init in a.graph.initializer:
        if init.name in new:
            init.CopyFrom(numpy_helper.from_array(new[init.name], init.name))
    a.producer_name = "stancemap scripts/tone/soup.py"
    onnx.checker.check_model(a)
    onnx.save(a, out)
    print(f"wrote {out}: {len(new)} weights averaged, {w} of {path_b}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    soup(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
