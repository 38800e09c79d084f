"""The tags dock: the tag tree (colour, name, highlight count) with create, rename, recolour,
nest, merge and delete; the selected highlight's tags with a type-ahead field to add one; and
a filter that narrows the highlight list to one tag.

Every change is an undoable command on the window's undo stack; the tree rebuilds itself
from the project when a change is reported.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kursk_reader.core.errors import KurskError
from kursk_reader.core.models import Change, Tag
from kursk_reader.gui.commands_annotations import (
    CreateTagCommand,
    DeleteTagCommand,
    MergeTagsCommand,
    MoveTagCommand,
    SetHighlightTagsCommand,
    UpdateTagCommand,
    short,
)
from kursk_reader.gui.context import GuiContext
from kursk_reader.gui.dock_base import AnnotationDock, show_error
from kursk_reader.gui.window_actions import swatch

TAG_ID_ROLE = Qt.ItemDataRole.UserRole
TOP_LEVEL = "(top level)"

PALETTE = ("#90caf9", "#a5d6a7", "#ffcc80", "#ce93d8", "#ef9a9a", "#80cbc4", "#fff59d", "#bcaaa4")
"""Colours new tags take in turn, light enough to read text through."""


TAG_SWATCH_SIZE = 12


class TagTree(QTreeWidget):
    """The tag tree; dragging a tag onto another asks to nest it there (the dock decides)."""

    moveRequested = Signal(int, object)
    """(tag id, new parent id or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels(["Tag", "Highlights"])
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName("Tag tree")
        self.setToolTip("F2 renames, Delete deletes; drag a tag onto another to nest it")

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        if item is None:
            event.ignore()
            return
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        parent_id: int | None
        if target is None or position == QAbstractItemView.DropIndicatorPosition.OnViewport:
            parent_id = None
        elif position == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent_id = target.data(0, TAG_ID_ROLE)
        else:
            above = target.parent()
            parent_id = above.data(0, TAG_ID_ROLE) if above is not None else None
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.moveRequested.emit(item.data(0, TAG_ID_ROLE), parent_id)


class TagsDock(AnnotationDock):
    """Dock listing the project's tags and the selected highlight's tags."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__("Tags", "tagsDock", ctx, parent)
        self._tags: dict[int, Tag] = {}

        self.tree = TagTree()
        self.tree.moveRequested.connect(self.move_tag)
        self.tree.currentItemChanged.connect(self._on_current_tag_changed)
        self._own_keys(
            self.tree, {Qt.Key.Key_F2: self.rename_tag, Qt.Key.Key_Delete: self.delete_tag}
        )

        self.highlight_label = QLabel("No highlight selected")
        self.highlight_label.setWordWrap(True)
        self.highlight_tags = QListWidget()
        self.highlight_tags.setAccessibleName("Tags of the selected highlight")
        self.highlight_tags.setMaximumHeight(90)
        self.highlight_tags.setFlow(QListWidget.Flow.LeftToRight)
        self.highlight_tags.setWrapping(True)
        remove = self.remove_selected_from_highlight
        self._own_keys(
            self.highlight_tags, {Qt.Key.Key_Delete: remove, Qt.Key.Key_Backspace: remove}
        )

        self.tag_field = QLineEdit()
        self.tag_field.setPlaceholderText("Tag the highlight… (Enter applies, new names create)")
        self.tag_field.setAccessibleName("Tag name to apply")
        self.tag_field.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_field.setCompleter(self.completer)
        self.tag_field.returnPressed.connect(self.apply_typed_tag)
        self.completer.activated.connect(self._completion_chosen)
        self.label_for_field = QLabel("&Add tag:")
        self.label_for_field.setBuddy(self.tag_field)

        self._make_actions()
        toolbar = QToolBar()
        toolbar.setIconSize(toolbar.iconSize() * 0.75)
        for action in (
            self.new_action,
            self.rename_action,
            self.recolour_action,
            self.move_action,
            self.merge_action,
            self.delete_action,
        ):
            toolbar.addAction(action)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The filter acts on the highlight list, not on the tag: a button of its own under
        # the tree, so it is not pushed behind the toolbar's "»" in a dock of default width.
        filter_button = QToolButton()
        filter_button.setDefaultAction(self.filter_action)
        filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        field_row = QHBoxLayout()
        field_row.addWidget(self.label_for_field)
        field_row.addWidget(self.tag_field)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(filter_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.highlight_label)
        layout.addWidget(self.highlight_tags)
        layout.addLayout(field_row)
        self.setWidget(body)

        ctx.bus.changed.connect(self._on_change)
        ctx.bus.highlightSelected.connect(self.set_highlight)
        self.refresh()

    def _make_actions(self) -> None:
        action = self._action
        self.new_action = action("&New Tag…", self.new_tag, "Ctrl+Shift+T")
        self.rename_action = action("&Rename Tag…\tF2", self.rename_tag)
        self.recolour_action = action("Re&colour Tag…", self.recolour_tag)
        self.move_action = action("&Move Tag Under…", self.move_tag_under)
        self.merge_action = action("Mer&ge Tag Into…", self.merge_tag)
        self.delete_action = action("&Delete Tag\tDel", self.delete_tag)
        self.filter_action = action("&Filter Highlights by Tag", self._on_filter_toggled)
        self.filter_action.setCheckable(True)
        self.filter_action.setShortcut(QKeySequence("Ctrl+Alt+T"))
        self.focus_field_action = action("&Tag Highlight…", self.focus_tag_field, "T")
        self.remove_from_highlight_action = action(
            "Remove Tag from &Highlight\tDel", self.remove_selected_from_highlight
        )
        for a in (self.new_action, self.filter_action, self.focus_field_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setToolTip("New tag (Ctrl+Shift+T)")
        self.rename_action.setToolTip("Rename the selected tag (F2)")
        self.delete_action.setToolTip("Delete the selected tag (Delete)")
        self.filter_action.setToolTip("Show only highlights carrying the selected tag")
        for a, short_text in (
            (self.new_action, "New"),
            (self.rename_action, "Rename"),
            (self.recolour_action, "Colour"),
            (self.move_action, "Nest"),
            (self.merge_action, "Merge"),
            (self.delete_action, "Delete"),
            (self.filter_action, "Filter Highlight List by This Tag"),
        ):
            a.setIconText(short_text)

    def actions_for_menu(self) -> list[QAction | None]:
        """Actions for the window's Tags menu (None marks a separator)."""
        return [
            self.focus_field_action,
            self.remove_from_highlight_action,
            None,
            self.new_action,
            self.rename_action,
            self.recolour_action,
            self.move_action,
            self.merge_action,
            self.delete_action,
            None,
            self.filter_action,
        ]

    def current_tag(self) -> Tag | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._tags.get(item.data(0, TAG_ID_ROLE))

    def select_tag(self, tag_id: int) -> None:
        for item in self._items():
            if item.data(0, TAG_ID_ROLE) == tag_id:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.invisibleRootItem()]
        while stack:
            node = stack.pop()
            children = [node.child(i) for i in range(node.childCount())]
            for child in children:
                if child is not None:
                    out.append(child)
                    stack.append(child)
        return out

    def _on_change(self, change: Change) -> None:
        if change.kind in ("tag", "highlight", "article"):
            self._refresh_soon()

    def refresh(self) -> None:
        """Rebuild the tree and the highlight's tags from the project, keeping selection."""
        current = self.current_tag()
        collapsed = {item.data(0, TAG_ID_ROLE) for item in self._items() if not item.isExpanded()}
        tags = self.ctx.project.tags()
        self._tags = {t.id: t for t in tags}
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for tag in tags:
            item = QTreeWidgetItem([tag.name, str(tag.highlight_count)])
            item.setIcon(0, swatch(tag.colour, TAG_SWATCH_SIZE))
            item.setData(0, TAG_ID_ROLE, tag.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = tag.description or tag.name
            item.setToolTip(0, f"{tip}\n{tag.highlight_count} highlight(s)")
            items[tag.id] = item
        for tag in tags:
            parent = items.get(tag.parent_id) if tag.parent_id is not None else None
            if parent is not None:
                parent.addChild(items[tag.id])
            else:
                self.tree.addTopLevelItem(items[tag.id])
        for tag_id, item in items.items():
            item.setExpanded(tag_id not in collapsed)
        self.tree.blockSignals(False)
        if current is not None and current.id in items:
            self.tree.setCurrentItem(items[current.id])
        elif current is not None and self.filter_action.isChecked():
            self.filter_action.setChecked(False)
            self.ctx.bus.tagFilterChanged.emit(None)
        self._names.setStringList([t.name for t in tags])
        self._update_actions()
        self._show_highlight_tags()

    def set_highlight(self, highlight_id: int | None) -> None:
        self.highlight_id = highlight_id
        self._show_highlight_tags()

    def _show_highlight_tags(self) -> None:
        self.highlight_tags.clear()
        highlight = self._highlight()
        if highlight is None:
            self.highlight_label.setText("No highlight selected")
        else:
            self.highlight_label.setText(f"Tags of “{short(highlight.exact, 60)}”:")
            for tag_id in highlight.tag_ids:
                tag = self._tags.get(tag_id)
                if tag is None:
                    continue
                entry = QListWidgetItem(swatch(tag.colour, TAG_SWATCH_SIZE), tag.name)
                entry.setData(TAG_ID_ROLE, tag.id)
                entry.setToolTip("Delete removes this tag from the highlight")
                self.highlight_tags.addItem(entry)
        has = highlight is not None
        self.tag_field.setEnabled(has)
        self.highlight_tags.setEnabled(has)
        self.focus_field_action.setEnabled(has)
        self.remove_from_highlight_action.setEnabled(has)

    def _update_actions(self) -> None:
        has = self.current_tag() is not None
        for a in (
            self.rename_action,
            self.recolour_action,
            self.move_action,
            self.merge_action,
            self.delete_action,
        ):
            a.setEnabled(has)

    def _on_current_tag_changed(self, *_: object) -> None:
        self._update_actions()
        if self.filter_action.isChecked():
            tag = self.current_tag()
            self.ctx.bus.tagFilterChanged.emit(tag.id if tag is not None else None)

    def _on_filter_toggled(self, checked: bool) -> None:
        tag = self.current_tag()
        if checked and tag is None:
            self.filter_action.setChecked(False)
            self._status("Select a tag to filter by")
            return
        self.ctx.bus.tagFilterChanged.emit(tag.id if checked and tag is not None else None)

    def _next_colour(self) -> str:
        return PALETTE[len(self._tags) % len(PALETTE)]

    def _name_taken(self, name: str, renaming: Tag | None = None) -> bool:
        """True (and the user told) when another tag already has this name."""
        folded = name.strip().casefold()
        for tag in self._tags.values():
            if tag.name.casefold() == folded and tag is not renaming:
                show_error(self.ctx, KurskError(f"a tag named '{tag.name}' already exists"))
                return True
        return False

    def new_tag(self) -> None:
        """Ask for a name and create a tag (under the selected one when asked)."""
        name, ok = QInputDialog.getText(self, "New tag", "Name of the new tag:")
        if not ok or not name.strip() or self._name_taken(name):
            return
        command = CreateTagCommand(self.ctx.project, name.strip(), None, self._next_colour())
        if self._push(command) and command.tag_id is not None:
            self.refresh()
            self.select_tag(command.tag_id)

    def rename_tag(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, "Rename tag", "New name:", text=tag.name)
        if ok and name.strip() and name.strip() != tag.name and not self._name_taken(name, tag):
            self._push(UpdateTagCommand(self.ctx.project, tag.id, name=name.strip()))

    def recolour_tag(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        colour = QColorDialog.getColor(QColor(tag.colour), self, f"Colour of '{tag.name}'")
        if colour.isValid() and colour.name() != tag.colour:
            self._push(UpdateTagCommand(self.ctx.project, tag.id, colour=colour.name()))

    def _other_tags(self, tag: Tag) -> list[Tag]:
        return [t for t in self._tags.values() if t.id != tag.id]

    def move_tag_under(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        choices = [TOP_LEVEL] + sorted(t.name for t in self._other_tags(tag))
        name, ok = QInputDialog.getItem(
            self, "Move tag", f"Put '{tag.name}' under:", choices, 0, False
        )
        if not ok:
            return
        parent = None if name == TOP_LEVEL else self.ctx.project.tag_by_name(name)
        self.move_tag(tag.id, parent.id if parent is not None else None)

    def move_tag(self, tag_id: int, parent_id: int | None) -> None:
        tag = self._tags.get(tag_id)
        if tag is None or tag.parent_id == parent_id or tag_id == parent_id:
            return
        parent_name = self._tags[parent_id].name if parent_id in self._tags else ""
        self._push(MoveTagCommand(self.ctx.project, tag_id, parent_id, parent_name))

    def merge_tag(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = sorted(t.name for t in self._other_tags(tag))
        if not others:
            self._status("There is no other tag to merge into")
            return
        name, ok = QInputDialog.getItem(
            self, "Merge tag", f"Merge '{tag.name}' into:", others, 0, False
        )
        target = self.ctx.project.tag_by_name(name) if ok else None
        if target is not None:
            self._push(MergeTagsCommand(self.ctx.project, tag.id, target.id))

    def delete_tag(self) -> None:
        """Delete the selected tag, asking first when highlights carry it."""
        tag = self.current_tag()
        if tag is None:
            return
        if tag.highlight_count:
            answer = QMessageBox.question(
                self,
                "Delete tag",
                f"'{tag.name}' is on {tag.highlight_count} highlight(s). Delete it anyway?\n"
                "(The highlights stay; Undo brings the tag back.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(DeleteTagCommand(self.ctx.project, tag.id))

    def focus_tag_field(self) -> None:
        if self.highlight_id is None:
            self._status("Select a highlight to tag it")
            return
        self.show()
        self.raise_()
        self.tag_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tag_field.selectAll()

    def _completion_chosen(self, name: str) -> None:
        """A tag picked from the type-ahead list (arrows and Enter, or a click) applies at
        once; the field's own Enter then finds it empty and does nothing more."""
        self.tag_field.setText(name)
        self.apply_typed_tag()
        # The completer writes its choice into the field after this slot: empty it after that.
        QTimer.singleShot(0, self.tag_field.clear)

    def apply_typed_tag(self) -> None:
        """Apply the tag named in the field to the selected highlight, creating it if new."""
        name = self.tag_field.text().strip()
        if not name or self.highlight_id is None:
            return
        highlight = self._highlight()
        if highlight is None:
            self.set_highlight(None)
            return
        folded = name.casefold()
        existing = next((t for t in self._tags.values() if t.name.casefold() == folded), None)
        self.tag_field.clear()
        if existing is not None and existing.id in highlight.tag_ids:
            self._status(f"The highlight already has tag '{existing.name}'")
            return
        label = existing.name if existing is not None else name
        command = SetHighlightTagsCommand(
            self.ctx.project,
            highlight.id,
            (*highlight.tag_ids, existing.id) if existing is not None else highlight.tag_ids,
            f"Tag highlight with '{short(label)}'",
            new_tag_name="" if existing is not None else name,
            new_tag_colour=self._next_colour(),
        )
        self._push(command)

    def remove_selected_from_highlight(self) -> None:
        entry = self.highlight_tags.currentItem()
        if entry is None or self.highlight_id is None:
            return
        tag_id = entry.data(TAG_ID_ROLE)
        highlight = self.ctx.bus.highlight(self.highlight_id)
        remaining = tuple(t for t in highlight.tag_ids if t != tag_id)
        self._push(
            SetHighlightTagsCommand(
                self.ctx.project,
                highlight.id,
                remaining,
                f"Remove tag '{short(entry.text())}' from highlight",
            )
        )
