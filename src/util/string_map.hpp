// SPDX-License-Identifier: MIT
#pragma once

/// Hash maps keyed by std::string that can be searched with a string_view
/// without building a temporary string (C++20 heterogeneous lookup).

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cg {

/// A hash for the short keys of word lists and gazetteers (most under 16
/// bytes): eight bytes per multiply, inlined. std::hash (murmur, out of line)
/// was the largest single cost of a conversion. Not for untrusted keys in
/// long-lived tables: no seed, so collisions could be forced.
inline std::uint64_t hash_short_string(std::string_view s) noexcept {
  constexpr std::uint64_t kMul1 = 0xBF58476D1CE4E5B9ULL;
  constexpr std::uint64_t kMul2 = 0x94D049BB133111EBULL;
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul1;
    h ^= h >> 31;
  }
  std::uint64_t tail = 0;
  for (std::size_t i = 0; i < n; ++i) tail |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  h = (h ^ tail) * kMul2;
  return h ^ (h >> 29);
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return hash_short_string(s); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace cg
