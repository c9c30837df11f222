"""Rename the clips of one shoot by scene and take."""

import os
import sys

SCENE = "scene"


def rename(folder: str) -> int:
    count = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".mov"):
            continue
        scene, take = name[:-4].split("_", 1)
        os.rename(os.path.join(folder, name), os.path.join(folder, f"{SCENE}-{scene}-{take}.mov"))
        count += 1
    return count


if __name__ == "__main__":
    print(rename(sys.argv[1]))
