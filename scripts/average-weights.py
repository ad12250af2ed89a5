#!/usr/bin/env python3
"""Average the weights of model folders trained from the same initialisation ("model soup").

    python3 scripts/average-weights.py OUT RUN_A RUN_B [...] [--beam 8 --ctc-weight 0.4]

Every folder must hold a float32 model.safetensors with the same tensor names and shapes (runs
started with the same --init and shape options). OUT receives the element-wise mean and RUN_A's
config.json, whose "training" object is replaced by a record of the averaged runs (their own
"training" objects, the CTC characters once) and, when given, a "decoding" object. Two fine-tuning
runs from one starting point tend to err on different lines; their mean kept most of both runs'
gains in session 21 (docs/EVALUATION.md). Standard library only, so it runs wherever the
workbench builds.
"""
import argparse
import json
import os
import struct
import sys
from array import array


def read_safetensors(folder):
    path = os.path.join(folder, "model.safetensors")
    with open(path, "rb") as handle:
        raw = handle.read()
    if len(raw) < 8:
        sys.exit(f"{path}: too short to be a safetensors file")
    length = struct.unpack("<Q", raw[:8])[0]
    try:
        header = json.loads(raw[8:8 + length])
    except ValueError as error:
        sys.exit(f"{path}: unreadable header ({error})")
    return path, header, raw[8 + length:]


def tensor_shapes(header):
    return {name: (entry["dtype"], entry["shape"]) for name, entry in header.items() if name != "__metadata__"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("runs", nargs="+")
    parser.add_argument("--beam", type=int)
    parser.add_argument("--ctc-weight", type=float)
    args = parser.parse_args()
    if len(args.runs) < 2:
        sys.exit("give at least two model folders to average")

    loaded = [read_safetensors(folder) for folder in args.runs]
    first_path, first_header, _ = loaded[0]
    shapes = tensor_shapes(first_header)
    for path, header, _ in loaded[1:]:
        if tensor_shapes(header) != shapes:
            sys.exit(f"{path}: its tensors differ from {first_path} in name, type or shape")
    if any(dtype != "F32" for dtype, _ in shapes.values()):
        sys.exit(f"{first_path}: only float32 folders can be averaged (convert f16 folders back first)")

    names = sorted(shapes)
    sums = {}
    for _, header, body in loaded:
        for name in names:
            begin, end = header[name]["data_offsets"]
            values = array("f")
            values.frombytes(body[begin:end])
            if name in sums:
                total = sums[name]
                for index, value in enumerate(values):
                    total[index] += value
            else:
                sums[name] = values

    out_header, data, offset = {}, bytearray(), 0
    for name in names:
        values = sums[name]
        for index in range(len(values)):
            values[index] /= len(loaded)
        payload = values.tobytes()
        out_header[name] = {"dtype": "F32", "shape": shapes[name][1], "data_offsets": [offset, offset + len(payload)]}
        offset += len(payload)
        data += payload
    if "__metadata__" in first_header:
        out_header["__metadata__"] = first_header["__metadata__"]
    header_bytes = json.dumps(out_header, separators=(",", ":")).encode()
    header_bytes += b" " * ((8 - len(header_bytes) % 8) % 8)

    configs = []
    for folder in args.runs:
        with open(os.path.join(folder, "config.json"), encoding="utf-8") as handle:
            configs.append(json.load(handle))
    characters = {config.get("training", {}).get("ctc_characters") for config in configs}
    if len(characters) != 1:
        sys.exit("the runs' CTC heads read different character sets; they cannot be averaged")
    runs = []
    for folder, config in zip(args.runs, configs):
        training = dict(config.get("training", {}))
        training.pop("ctc_characters", None)
        if runs and training.get("initialized_from") == runs[0]["training"].get("initialized_from"):
            training["initialized_from"] = "the same as the first run"
        runs.append({"folder": folder, "training": training})
    config = configs[0]
    config["training"] = {
        "weight_average": "element-wise mean of the float32 weights of the runs below "
                          "(scripts/average-weights.py)",
        "averaged_runs": runs,
        "device": configs[0].get("training", {}).get("device", "cpu"),
    }
    if characters != {None}:
        config["training"]["ctc_characters"] = characters.pop()
    if args.beam is not None or args.ctc_weight is not None:
        decoding = dict(config.get("decoding", {}))
        if args.beam is not None:
            decoding["beam"] = args.beam
        if args.ctc_weight is not None:
            decoding["ctc_weight"] = args.ctc_weight
        config["decoding"] = decoding

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "model.safetensors"), "wb") as handle:
        handle.write(struct.pack("<Q", len(header_bytes)) + header_bytes + bytes(data))
    with open(os.path.join(args.out, "config.json"), "w", encoding="utf-8") as handle:
        json.dump(config, handle, indent=2, ensure_ascii=False)
    print(f"averaged {len(names)} tensors of {len(loaded)} runs into {args.out}")


if __name__ == "__main__":
    main()
