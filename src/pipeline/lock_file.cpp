#include "pipeline/lock_file.h"

#include "anki/ids.h"

namespace deckpress::pipeline {

void LockFile::read() {
  if (read_) return;
  read_ = true;
  auto text = disk_.read(path_);
  if (!text) return;
  had_file_ = true;
  lock_ = anki::Lock::parse(*text, path_.generic_string(), problems_);
}

bool LockFile::exists() { return read_ ? had_file_ : disk_.stat(path_).has_value(); }

std::string LockFile::digest_of(const std::string& deck) {
  read();
  if (!lock_) return "-";
  if (!digests_) digests_ = lock_->digests_by_deck();
  auto found = digests_->find(deck);
  return found == digests_->end() ? anki::sha256_hex("") : found->second;
}

const anki::Lock& LockFile::current() {
  read();
  static const anki::Lock none;
  return lock_ ? *lock_ : none;
}

void LockFile::apply(const anki::LockStamps& stamps) {
  read();
  if (!lock_) lock_.emplace();
  lock_->apply(stamps);
  digests_.reset();
}

void LockFile::save() { disk_.write(path_, lock_->serialize()); }

const FileState& LockFile::state() {
  if (!state_) state_ = FileState::of(disk_, path_);
  return *state_;
}

}  // namespace deckpress::pipeline
