# SPDX-License-Identifier: MIT
# CTest fixture setup: gives one test an empty HOME and XDG folders of its own
# (tests/CMakeLists.txt points the test's environment at them), so no test ever sees what
# another test, an earlier run or the user left behind.
#   cmake -DHOME_DIR=<dir> -P fresh-home.cmake
if(NOT HOME_DIR OR NOT IS_ABSOLUTE "${HOME_DIR}")
  message(FATAL_ERROR "fresh-home.cmake: HOME_DIR must be an absolute path")
endif()
file(REMOVE_RECURSE "${HOME_DIR}")
file(MAKE_DIRECTORY "${HOME_DIR}/.config" "${HOME_DIR}/.cache" "${HOME_DIR}/.local/share"
     "${HOME_DIR}/.local/state")
