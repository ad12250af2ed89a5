// Precompiled header of vlmwb_inference: LibTorch is the expensive include of the project.
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>
