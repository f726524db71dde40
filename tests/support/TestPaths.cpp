// SPDX-License-Identifier: MIT
#include "support/TestPaths.h"
