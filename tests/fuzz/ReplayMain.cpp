// SPDX-License-Identifier: MIT
// The main of replay_<unit>: a libFuzzer harness (fuzz_<unit>.cpp) built without libFuzzer,
// feeding it every file of the folders it is given — the seed corpus and the crash
// reproducers — once each, in name order. The normal test suite (gcc, and the ASan + UBSan
// build) thereby runs every harness's properties on every input that ever mattered; a broken
// property or a sanitizer report aborts, and CTest sees the failure.
//
//   replay_<unit> [-o RESULTS_FILE] DIR...
//
// RESULTS_FILE gets Qt Test's plain-text shape (PASS/SKIP lines, a "Totals:" line), which is
// what tests/run-tests.sh counts. A folder that does not exist is fine (crashes/<unit>/ is
// usually absent); no input at all is reported as a skip, which run-tests.sh refuses unless
// tests/expected-skips.txt lists it.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a harness, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {
/// libFuzzer is run with -max_len=65536 (run-fuzzers.sh); a reproducer is never larger than
/// a few times that. A bigger file is not an input of ours: refuse it rather than feed it.
constexpr std::uintmax_t kMaxInputBytes = 16 * 1024 * 1024;

std::string replayName(const char *argv0) {
    return std::filesystem::path(argv0).filename().string();
}
}  // namespace

int main(int argc, char **argv) {
    const std::string name = replayName(argv[0]);
    std::string resultsFile;
    std::vector<std::filesystem::path> folders;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" && i + 1 < argc)
            resultsFile = argv[++i];
        else
            folders.emplace_back(arg);
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<std::filesystem::path> inputs;
    for (const auto &folder : folders) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error))
            continue;
        std::vector<std::filesystem::path> found;
        for (const auto &entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.is_regular_file(error))
                found.push_back(entry.path());
        }
        std::sort(found.begin(), found.end());
        inputs.insert(inputs.end(), found.begin(), found.end());
    }

    const auto started = std::chrono::steady_clock::now();
    std::string report;
    int passed = 0;
    int failed = 0;
    for (const auto &input : inputs) {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(input, error);
        std::ifstream file(input, std::ios::binary);
        if (error || size > kMaxInputBytes || !file) {
            std::fprintf(stderr, "FAIL!  : %s::replay(%s) unreadable or larger than %ju bytes\n",
                         name.c_str(), input.string().c_str(), kMaxInputBytes);
            report += "FAIL!  : " + name + "::replay(" + input.filename().string() + ")\n";
            ++failed;
            continue;
        }
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)),
                                   std::istreambuf_iterator<char>());
        // Printed before the call: when a check aborts, the log names the input.
        std::fprintf(stderr, "replay %s\n", input.string().c_str());
        std::fflush(stderr);
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
        report += "PASS   : " + name + "::replay(" + input.filename().string() + ")\n";
        ++passed;
    }
    int skipped = 0;
    if (inputs.empty()) {
        std::string where;
        for (const auto &folder : folders)
            where += (where.empty() ? "" : ", ") + folder.string();
        report += "SKIP   : " + name + " no input in " + where + "\n";
        std::fprintf(stderr, "%s: no input in %s\n", name.c_str(), where.c_str());
        skipped = 1;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    const std::string totals = "Totals: " + std::to_string(passed) + " passed, " +
                               std::to_string(failed) + " failed, " + std::to_string(skipped) +
                               " skipped, 0 blacklisted, " + std::to_string(ms) + "ms\n";
    std::printf("%s: %d inputs replayed\n%s", name.c_str(), passed, totals.c_str());
    if (!resultsFile.empty()) {
        std::ofstream results(resultsFile, std::ios::trunc);
        results << "********* Start testing of " << name << " *********\n"
                << report << totals << "********* Finished testing of " << name << " *********\n";
    }
    return failed == 0 ? 0 : 1;
}
