// SPDX-License-Identifier: MIT
#pragma once

/// Hash maps keyed by strings that are searched with a string_view, without
/// building a temporary string.

#include <chrono>
#include <cstdint>
#include <cstring>
#include <deque>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace cg {

/// Drawn once per process, so that text cannot be written to make its names
/// collide (each lookup would become a scan). No answer and no output depends
/// on it: nothing is ever listed in hash order. Made on first use, so that a
/// map filled during static initialization hashes with the same seed.
inline std::uint64_t string_hash_seed() noexcept {
  static const std::uint64_t seed = [] {
    std::uint64_t s = 0x9E3779B97F4A7C15ULL;
    try {
      std::random_device device;
      s ^= (std::uint64_t{device()} << 32) | device();
    } catch (...) {  // no entropy source: the clock
      s ^= static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    }
    return s;
  }();
  return seed;
}

/// A hash for the short keys of word lists, gazetteers and the names in an
/// article (most under 16 bytes): eight bytes per multiply, inlined.
/// std::hash (murmur, out of line) was the largest single cost of a conversion.
[[gnu::always_inline]] inline std::uint64_t hash_short_string(std::string_view s) noexcept {
  constexpr std::uint64_t kMul1 = 0xBF58476D1CE4E5B9ULL;
  constexpr std::uint64_t kMul2 = 0x94D049BB133111EBULL;
  std::uint64_t h = string_hash_seed() ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul1;
    h ^= h >> 31;
  }
  // The last 0-7 bytes in at most two loads (overlapping: the length is
  // already in h), not one at a time.
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t first;
    std::uint32_t last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    tail = (std::uint64_t{first} << 32) | last;
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    tail = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  h = (h ^ tail) * kMul2;
  return h ^ (h >> 29);
}

/// A hash map from strings to V, searched with string views: open addressing
/// over a power-of-two table of (hash, entry) slots, linear probing. It stands
/// in for std::unordered_map in the word lists, gazetteer and per-article
/// indexes, which are searched once or more per token: no node to chase, no
/// division, and a string compared only when 32 bits of its hash agree.
/// Entries live in a deque, so references to them stay valid as it grows.
/// The subset of the std::unordered_map interface the code uses; `end()` is
/// a null pointer, and there is no iteration (nothing may depend on order).
template <class V>
class StringMap {
 public:
  using value_type = std::pair<const std::string, V>;
  using iterator = value_type*;
  using const_iterator = const value_type*;

  StringMap() = default;
  // A moved deque keeps its elements where they are, so the slots stay
  // valid; a copy must point its slots at its own entries.
  StringMap(StringMap&&) noexcept = default;
  StringMap& operator=(StringMap&&) noexcept = default;
  StringMap(const StringMap& other) {
    for (const value_type& entry : other.entries_) try_emplace(entry.first, entry.second);
  }
  StringMap& operator=(const StringMap& other) {
    if (this != &other) {
      StringMap copy(other);
      *this = std::move(copy);
    }
    return *this;
  }
  ~StringMap() = default;

  [[nodiscard]] iterator end() noexcept { return nullptr; }
  [[nodiscard]] const_iterator end() const noexcept { return nullptr; }
  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

  [[nodiscard]] iterator find(std::string_view key) noexcept { return find(key, hash_short_string(key)); }
  [[nodiscard]] const_iterator find(std::string_view key) const noexcept {
    return find(key, hash_short_string(key));
  }
  /// With `hash` = hash_short_string(key), known already (Token::norm_hash).
  [[nodiscard]] iterator find(std::string_view key, std::uint64_t hash) noexcept {
    if (slots_.empty()) return nullptr;
    return slots_[locate(key, hash)].entry;
  }
  [[nodiscard]] const_iterator find(std::string_view key, std::uint64_t hash) const noexcept {
    if (slots_.empty()) return nullptr;
    return slots_[locate(key, hash)].entry;
  }
  [[nodiscard]] std::size_t count(std::string_view key) const noexcept { return find(key) ? 1 : 0; }
  [[nodiscard]] std::size_t count(std::string_view key, std::uint64_t hash) const noexcept {
    return find(key, hash) ? 1 : 0;
  }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

  [[nodiscard]] const V& at(std::string_view key) const {
    const const_iterator it = find(key);
    if (!it) throw std::out_of_range("StringMap::at");
    return it->second;
  }

  /// Inserts `key` with a value made from `args` unless present (as
  /// std::unordered_map::try_emplace); the bool says whether it did.
  template <class... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();  // at most half full: short probes on a miss
    const std::uint64_t hash = hash_short_string(key);
    Slot& slot = slots_[locate(key, hash)];
    if (slot.entry) return {slot.entry, false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    slot = Slot{hash, &entries_.back()};
    return {slot.entry, true};
  }
  template <class... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... args) {
    return try_emplace(key, std::forward<Args>(args)...);
  }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }

  /// Calls `visit(key, value)` for every entry, in insertion order.
  template <class F>
  void for_each(F&& visit) {
    for (value_type& entry : entries_) visit(entry.first, entry.second);
  }
  template <class F>
  void for_each(F&& visit) const {
    for (const value_type& entry : entries_) visit(entry.first, entry.second);
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    value_type* entry = nullptr;  ///< Null: empty.
  };

  // The slot holding `key`, or the empty slot where it would go.
  std::size_t locate(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.entry || (slot.hash == hash && std::string_view(slot.entry->first) == key)) return i;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (!slot.entry) continue;
      std::size_t i = static_cast<std::size_t>(slot.hash) & mask;
      while (slots_[i].entry) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::deque<value_type> entries_;  ///< Never moved: slots point into it.
  std::vector<Slot> slots_;
};

/// A set of strings, searched with string views (a StringMap without values).
class StringSet {
 public:
  [[nodiscard]] std::size_t size() const noexcept { return map_.size(); }
  [[nodiscard]] bool empty() const noexcept { return map_.empty(); }
  [[nodiscard]] std::size_t count(std::string_view key) const noexcept { return map_.count(key); }
  [[nodiscard]] std::size_t count(std::string_view key, std::uint64_t hash) const noexcept {
    return map_.count(key, hash);
  }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return map_.contains(key); }
  /// Adds `key` unless present; `second` says whether it did.
  std::pair<const std::string*, bool> insert(std::string_view key) {
    const auto [it, added] = map_.try_emplace(key);
    return {&it->first, added};
  }
  /// Calls `visit(key)` for every key, in insertion order.
  template <class F>
  void for_each(F&& visit) const {
    map_.for_each([&](const std::string& key, const Nothing&) { visit(key); });
  }

 private:
  struct Nothing {};
  StringMap<Nothing> map_;
};

}  // namespace cg
